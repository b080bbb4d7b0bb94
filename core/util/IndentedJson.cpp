#include "util/IndentedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cpd {

void IndentedJson::indent(QByteArray& out, int level)
{
    out.append(qsizetype(4) * level, ' ');
}

void IndentedJson::string(QByteArray& out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Written through a pointer into room for the worst case (\uXXXX, six bytes a code unit),
    // then cut back: appending byte by byte was a tenth of a 300 MB export.
    const qsizetype start = out.size();
    const qsizetype worst = start + 6 * text.size() + 2;
    if (out.capacity() < worst)
        out.reserve(qMax(worst, 2 * out.capacity()));
    out.resize(worst);
    char* cursor = out.data() + start;
    auto escaped = [&](char16_t u) {
        *cursor++ = '\\';
        *cursor++ = 'u';
        *cursor++ = hex[(u >> 12) & 0xf];
        *cursor++ = hex[(u >> 8) & 0xf];
        *cursor++ = hex[(u >> 4) & 0xf];
        *cursor++ = hex[u & 0xf];
    };
    *cursor++ = '"';
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = char(u);
                continue;
            }
            char letter = 0;
            switch (u) {
            case u'"':
                letter = '"';
                break;
            case u'\\':
                letter = '\\';
                break;
            case 0x8:
                letter = 'b';
                break;
            case 0xc:
                letter = 'f';
                break;
            case 0xa:
                letter = 'n';
                break;
            case 0xd:
                letter = 'r';
                break;
            case 0x9:
                letter = 't';
                break;
            default:
                break;
            }
            if (letter) {
                *cursor++ = '\\';
                *cursor++ = letter;
            } else {
                escaped(u);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escaped(u); // a lone half of a pair is not UTF-8: Qt writes it as an escape
        } else {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void IndentedJson::number(QByteArray& out, double value)
{
    // QJsonValue keeps a whole number within +-2^53 as an integer, and writes it as one.
    constexpr double kExact = 9007199254740992.0;
    if (!std::isfinite(value))
        out.append("null", 4);
    else if (value == std::trunc(value) && std::fabs(value) <= kExact)
        out.append(QByteArray::number(qint64(value)));
    else
        out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void IndentedJson::key(QByteArray& out, QStringView key, int level)
{
    indent(out, level);
    string(out, key);
    out.append(": ", 2);
}

void IndentedJson::value(QByteArray& out, const QJsonValue& value, int level)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        // An integer beyond 2^53 stays one in QJsonValue: let Qt write it.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append(text.constData() + 1, text.size() - 2);
        return;
    }
    case QJsonValue::String:
        string(out, value.toString());
        return;
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QByteArray text = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    // Strings never hold a raw line break (it is escaped), so every line break is the writer's.
    const qsizetype last = text.size() - 1; // the document's final line break
    qsizetype from = 0;
    for (qsizetype nl = text.indexOf('\n'); nl >= 0 && nl < last; nl = text.indexOf('\n', from)) {
        out.append(text.constData() + from, nl + 1 - from);
        indent(out, level);
        from = nl + 1;
    }
    out.append(text.constData() + from, last - from);
}

} // namespace cpd
