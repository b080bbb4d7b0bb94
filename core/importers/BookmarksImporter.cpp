#include "importers/BookmarksImporter.h"

#include "evidence/PageMetadataParser.h"
#include "evidence/SocialFindRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace cpd {

namespace {

QHash<QString, QString> attributes(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z_:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"));
    QHash<QString, QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = m.captured(2).isNull() ? (m.captured(3).isNull() ? m.captured(4) : m.captured(3)) : m.captured(2);
        out.insert(m.captured(1).toLower(), PageMetadataParser::decodeEntities(value));
    }
    return out;
}

QString textUntilTag(const QString& html, qsizetype from)
{
    const qsizetype end = html.indexOf(QLatin1Char('<'), from);
    return PageMetadataParser::decodeEntities(html.mid(from, (end < 0 ? html.size() : end) - from)).simplified();
}

} // namespace

Result<BookmarksImporter::Parsed> BookmarksImporter::parse(const QByteArray& bytes, const ImportProgress& progress)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString html = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(QCoreApplication::translate(
            "BookmarksImporter",
            "The bookmarks file is not valid UTF-8 text. Nothing was imported."));
    if (!html.contains(QLatin1String("NETSCAPE-Bookmark-file"), Qt::CaseInsensitive)
        && !html.contains(QLatin1String("<DL"), Qt::CaseInsensitive))
        return fail(QCoreApplication::translate("BookmarksImporter",
                                                "This is not a browser bookmarks file (the HTML a "
                                                "browser exports). Nothing was imported."));

    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9]+)([^>]*)>"));
    Parsed out;
    QStringList folders;
    QString pendingFolder;
    qsizetype count = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("h3") && !closing) {
            const qsizetype end = html.indexOf(QLatin1String("</H3"), m.capturedEnd(), Qt::CaseInsensitive);
            pendingFolder = PageMetadataParser::decodeEntities(html.mid(m.capturedEnd(), (end < 0 ? html.size() : end) - m.capturedEnd())).simplified();
        } else if (name == QLatin1String("dl")) {
            if (closing) {
                if (!folders.isEmpty())
                    folders.removeLast();
            } else {
                folders.append(pendingFolder);
                pendingFolder.clear();
            }
        } else if (name == QLatin1String("a") && !closing) {
            if (progress && ++count % 1000 == 0 && !progress(QStringLiteral("Reading bookmarks"), m.capturedStart(), html.size()))
                return fail(QCoreApplication::translate(
                    "BookmarksImporter", "The import was cancelled; nothing was imported."));
            const auto attrs = attributes(m.captured(3));
            const QString href = attrs.value(QStringLiteral("href")).trimmed();
            const qsizetype end = html.indexOf(QLatin1String("</A"), m.capturedEnd(), Qt::CaseInsensitive);
            const QString title = PageMetadataParser::decodeEntities(html.mid(m.capturedEnd(), (end < 0 ? html.size() : end) - m.capturedEnd())).simplified();
            const QUrl url(href, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (href.isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                ++out.skipped;
                continue;
            }
            if (!url.isValid() || url.host().isEmpty()) {
                ++out.errors;
                out.messages << QCoreApplication::translate(
                                    "BookmarksImporter",
                                    "\"%1\" is not a valid web address; left out.")
                                    .arg(href.left(200));
                continue;
            }
            SocialFind f;
            f.kind = QStringLiteral("bookmark");
            f.platform = QStringLiteral("bookmark");
            f.url = url.toString();
            f.originalId = f.url;
            f.excerpt = title.isEmpty() ? f.url : title;
            bool ok = false;
            const qint64 added = attrs.value(QStringLiteral("add_date")).toLongLong(&ok);
            if (ok && added > 0)
                f.posted = QDateTime::fromSecsSinceEpoch(added > 100000000000LL ? added / 1000000 : added, Qt::UTC);
            for (const QString& t : attrs.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!t.trimmed().isEmpty())
                    f.hashtags << t.trimmed();
            QStringList path = folders;
            path.removeAll(QString());
            f.chat = path.join(QLatin1Char('/'));
            out.finds.append(f);
        } else if (name == QLatin1String("dd") && !closing && !out.finds.isEmpty()) {
            const QString description = textUntilTag(html, m.capturedEnd());
            if (!description.isEmpty())
                out.finds.last().notes = description;
        }
    }
    return out;
}

Result<ImportSummary> BookmarksImporter::import(Database& db, const Clock& clock, const QString& path, const Options& options,
                                                const ImportProgress& progress)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(
            QCoreApplication::translate("BookmarksImporter", "%1: no such file.").arg(path));
    if (info.size() > options.maxFileBytes)
        return fail(
            QCoreApplication::translate(
                "BookmarksImporter",
                "%1 is %2 MB, larger than the %3 MB a bookmarks file may be; it was not read.")
                .arg(path)
                .arg(info.size() / (1024 * 1024))
                .arg(options.maxFileBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    auto parsed = parse(f.readAll(), progress);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto stored = SocialFindRepository(db, clock).importMany(parsed->finds, [&](qint64 done, qint64 total) {
        return !progress || progress(QStringLiteral("Saving"), done, total);
    });
    if (!stored)
        return std::unexpected(stored.error());
    ImportSummary s;
    s.imported = stored->inserted;
    s.duplicates = stored->duplicates;
    s.skipped = parsed->skipped;
    s.errors = parsed->errors;
    s.messages = parsed->messages;
    return s;
}

} // namespace cpd
