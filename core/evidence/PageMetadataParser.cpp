#include "evidence/PageMetadataParser.h"

#include "evidence/Guideline.h"

#include <QHash>
#include <QLocale>
#include <QMultiHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cpd {

namespace {

// Windows-1252's 0x80–0x9F; the rest of its range is Latin-1. HTML reads "iso-8859-1" as this.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        *d++ = (u >= 0x80 && u < 0xA0) ? QChar(kCp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

QByteArray charsetFromContentType(QByteArrayView contentType)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QByteArray charsetFromPrescan(QByteArrayView body)
{
    const QString head = QString::fromLatin1(body.first(std::min<qsizetype>(body.size(), 8192)));
    static const QRegularExpression metaCharset(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (const auto m = metaCharset.match(head); m.hasMatch())
        return m.captured(1).toLatin1().toLower();
    static const QRegularExpression xmlDecl(QStringLiteral("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = xmlDecl.match(head); m.hasMatch())
        return m.captured(1).toLatin1().toLower();
    return {};
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d.decode(bytes);
    return !d.hasError();
}

struct Tag
{
    QString name;
    QHash<QString, QString> attributes; // names in lower case, values entity-decoded
};

// Reads the attributes of a tag from text[pos] up to '>'; leaves pos after the '>'.
Tag readTag(const QString& text, qsizetype& pos)
{
    Tag tag;
    const qsizetype n = text.size();
    qsizetype i = pos;
    while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char(':') || text.at(i) == QLatin1Char('-')))
        ++i;
    tag.name = text.mid(pos, i - pos).toLower();
    while (i < n && text.at(i) != QLatin1Char('>')) {
        while (i < n && (text.at(i).isSpace() || text.at(i) == QLatin1Char('/')))
            ++i;
        if (i >= n || text.at(i) == QLatin1Char('>'))
            break;
        const qsizetype nameStart = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char('>'))
            ++i;
        const QString name = text.mid(nameStart, i - nameStart).toLower();
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && text.at(i).isSpace())
                ++i;
            if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                const QChar quote = text.at(i++);
                const qsizetype end = text.indexOf(quote, i);
                const qsizetype stop = end < 0 ? n : end;
                value = text.mid(i, stop - i);
                i = end < 0 ? n : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('>'))
                    ++i;
                value = text.mid(valueStart, i - valueStart);
            }
        }
        if (!name.isEmpty() && !tag.attributes.contains(name))
            tag.attributes.insert(name, PageMetadataParser::decodeEntities(value).trimmed());
    }
    pos = i < n ? i + 1 : n;
    return tag;
}

QString clean(const QString& s)
{
    return PageMetadataParser::decodeEntities(s).simplified();
}

} // namespace

bool PageMetadataParser::isHtml(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type.isEmpty() || type == "text/html" || type == "application/xhtml+xml";
}

QString PageMetadataParser::decode(const QByteArray& body, const QByteArray& contentType, QString* usedCharset)
{
    auto use = [&](const QString& name) {
        if (usedCharset)
            *usedCharset = name;
    };
    if (body.startsWith("\xEF\xBB\xBF")) {
        use(QStringLiteral("utf-8"));
        return QString::fromUtf8(body.mid(3));
    }
    if (body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF")) {
        const bool le = body.startsWith("\xFF\xFE");
        use(le ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be"));
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return d.decode(QByteArrayView(body).sliced(2));
    }
    QByteArray charset = charsetFromContentType(contentType);
    if (charset.isEmpty())
        charset = charsetFromPrescan(body);
    if (charset == "utf8")
        charset = "utf-8";
    if (charset.isEmpty())
        charset = isValidUtf8(body) ? QByteArray("utf-8") : QByteArray("windows-1252");
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "us-ascii" || charset == "ascii"
        || charset == "windows-1252" || charset == "cp1252" || charset == "x-cp1252") {
        use(QStringLiteral("windows-1252"));
        return decodeCp1252(body);
    }
    if (charset == "utf-8") {
        use(QStringLiteral("utf-8"));
        return QString::fromUtf8(body);
    }
    QStringDecoder decoder(charset.constData());
    if (decoder.isValid()) {
        use(QString::fromLatin1(charset));
        return decoder.decode(body);
    }
    // A charset this Qt cannot read: Windows-1252 keeps ASCII right and never fails.
    use(QStringLiteral("windows-1252"));
    return decodeCp1252(body);
}

QString PageMetadataParser::decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))}, {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("pound"), QString(QChar(0xA3))},   {QStringLiteral("eacute"), QString(QChar(0xE9))},
    };
    static const QRegularExpression re(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString ref = m.captured(1);
        QString replacement = m.captured(0);
        if (ref.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = ref.size() > 1 && (ref.at(1) == QLatin1Char('x') || ref.at(1) == QLatin1Char('X'));
            const uint code = hex ? ref.mid(2).toUInt(&ok, 16) : ref.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            } else {
                replacement = QString(QChar(0xFFFD));
            }
        } else if (const auto n = named.constFind(ref); n != named.cend()) {
            replacement = *n;
        }
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QDate PageMetadataParser::parseDate(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = yearMonth.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    const QLocale c = QLocale::c();
    for (const QString& format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("MMMM d, yyyy"),
                                  QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM yyyy"), QStringLiteral("yyyy")}) {
        const QDate d = c.toDate(text, format);
        if (d.isValid())
            return d;
    }
    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.date();
    return {};
}

PageMetadata PageMetadataParser::parse(const QByteArray& body, const QByteArray& contentType, const QUrl& baseUrl)
{
    PageMetadata md;
    md.url = md.finalUrl = baseUrl;
    md.contentType = QString::fromLatin1(contentType.split(';').first().trimmed().toLower());
    const QString text = decode(body, contentType, &md.charset);

    QMultiHash<QString, QString> meta; // key in lower case ("og:title", "citation_author", "dc.title") -> values in order
    QString titleTag;
    QString canonical;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        const qsizetype lt = text.indexOf(QLatin1Char('<'), pos);
        if (lt < 0 || lt + 1 >= n)
            break;
        pos = lt + 1;
        if (QStringView(text).mid(pos, 3) == QLatin1String("!--")) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), pos + 3);
            pos = end < 0 ? n : end + 3;
            continue;
        }
        if (text.at(pos) == QLatin1Char('/')) {
            const qsizetype gt = text.indexOf(QLatin1Char('>'), pos);
            const QString name = text.mid(pos + 1, (gt < 0 ? n : gt) - pos - 1).trimmed().toLower();
            if (name == QLatin1String("head"))
                break;
            pos = gt < 0 ? n : gt + 1;
            continue;
        }
        if (!text.at(pos).isLetter()) {
            continue;
        }
        Tag tag = readTag(text, pos);
        if (tag.name == QLatin1String("body"))
            break;
        if (tag.name == QLatin1String("script") || tag.name == QLatin1String("style") || tag.name == QLatin1String("title")) {
            const QString close = QStringLiteral("</%1").arg(tag.name);
            const qsizetype end = text.indexOf(close, pos, Qt::CaseInsensitive);
            if (tag.name == QLatin1String("title") && titleTag.isEmpty())
                titleTag = clean(text.mid(pos, (end < 0 ? std::min(n, pos + 2000) : end) - pos));
            if (end < 0)
                break;
            const qsizetype gt = text.indexOf(QLatin1Char('>'), end);
            pos = gt < 0 ? n : gt + 1;
        } else if (tag.name == QLatin1String("meta")) {
            QString key = tag.attributes.value(QStringLiteral("property"));
            if (key.isEmpty())
                key = tag.attributes.value(QStringLiteral("name"));
            if (key.isEmpty())
                key = tag.attributes.value(QStringLiteral("itemprop"));
            key = key.trimmed().toLower();
            if (key.startsWith(QLatin1String("dcterms.")))
                key = QStringLiteral("dc.") + key.mid(8);
            const QString content = tag.attributes.value(QStringLiteral("content")).simplified();
            if (!key.isEmpty() && !content.isEmpty())
                meta.insert(key, content);
        } else if (tag.name == QLatin1String("link")) {
            const QStringList rel = tag.attributes.value(QStringLiteral("rel")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical")) && canonical.isEmpty())
                canonical = tag.attributes.value(QStringLiteral("href"));
        }
    }

    auto first = [&](std::initializer_list<const char*> keys) -> QString {
        for (const char* k : keys) {
            const QList<QString> values = meta.values(QString::fromLatin1(k));
            if (!values.isEmpty())
                return values.last(); // QMultiHash returns the newest first
        }
        return {};
    };
    auto all = [&](const char* key) {
        QStringList values = meta.values(QString::fromLatin1(key));
        std::reverse(values.begin(), values.end());
        return values;
    };

    md.title = first({"citation_title", "og:title", "dc.title", "twitter:title"});
    if (md.title.isEmpty())
        md.title = titleTag;
    md.description = first({"og:description", "description", "dc.description", "twitter:description"});
    md.siteName = first({"og:site_name", "application-name"});
    md.publisher = first({"citation_publisher", "dc.publisher", "publisher", "og:site_name", "citation_journal_title"});
    md.authors = all("citation_author");
    if (md.authors.isEmpty())
        md.authors = all("dc.creator");
    if (md.authors.isEmpty())
        md.authors = all("author");
    md.published = parseDate(first({"citation_publication_date", "citation_date", "article:published_time", "dc.date.issued",
                                    "dc.issued", "dc.date", "dc.created", "date"}));
    md.updated = parseDate(first({"article:modified_time", "og:updated_time", "dc.date.modified", "dc.modified",
                                  "citation_online_date", "last-modified"}));
    if (canonical.isEmpty())
        canonical = first({"og:url"});
    if (!canonical.isEmpty()) {
        const QUrl resolved = baseUrl.resolved(QUrl(canonical));
        const QString scheme = resolved.scheme().toLower();
        if (resolved.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
            md.canonicalUrl = resolved;
    }
    md.identifier = Guideline::identifierFromUrl(md.canonicalUrl.isValid() ? md.canonicalUrl : baseUrl);
    if (md.identifier.isEmpty()) {
        const QString doi = first({"citation_doi", "dc.identifier"});
        md.identifier = doi;
    }
    return md;
}

} // namespace cpd
