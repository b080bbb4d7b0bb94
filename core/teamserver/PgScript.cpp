#include "teamserver/PgScript.h"

#include <QRegularExpression>

namespace cpd {

QStringList PgScript::split(const QString& script)
{
    static const QRegularExpression dollarTag(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype n = script.size();
    auto skipTo = [&](const QString& end) {
        const qsizetype at = script.indexOf(end, i);
        const qsizetype stop = at < 0 ? n : at + end.size();
        current += script.mid(i, stop - i);
        i = stop;
    };
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype eol = script.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? n : eol + 1;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            current += c;
            ++i;
            skipTo(QString(c)); // a doubled quote is two quoted runs back to back: same result
        } else if (c == QLatin1Char('$')) {
            const auto m = dollarTag.match(script.mid(i, 80));
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                current += tag;
                i += tag.size();
                skipTo(tag);
            } else {
                current += c;
                ++i;
            }
        } else if (c == QLatin1Char(';')) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace cpd
