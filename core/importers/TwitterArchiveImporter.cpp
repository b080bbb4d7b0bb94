#include "importers/TwitterArchiveImporter.h"

#include "evidence/EvidenceLog.h"
#include "evidence/PageMetadataParser.h"
#include "evidence/SocialFindRepository.h"
#include "importers/ZipArchiveReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cpd {

namespace {

// Reads typed fields of one record and names the first problem with its place in the archive.
class Fields
{
public:
    Fields(const QJsonObject& o, QString where) : m_o(o), m_where(std::move(where)) {}

    QString text(const char* key, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(QCoreApplication::translate("TwitterArchiveImporter", "%1 is missing")
                            .arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            problem(QCoreApplication::translate("TwitterArchiveImporter", "%1 should be text")
                        .arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            problem(QCoreApplication::translate("TwitterArchiveImporter", "%1 should be an object")
                        .arg(QLatin1String(key)));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            problem(QCoreApplication::translate("TwitterArchiveImporter", "%1.%2 should be a list")
                        .arg(where, QLatin1String(key)));
        return v.toArray();
    }
    QString textIn(const QJsonValue& item, const char* key, const QString& where)
    {
        if (!item.isObject()) {
            problem(QCoreApplication::translate("TwitterArchiveImporter",
                                                "each item of %1 should be an object")
                        .arg(where));
            return {};
        }
        const QJsonValue v = item.toObject().value(QLatin1String(key));
        if (!v.isString()) {
            problem(QCoreApplication::translate("TwitterArchiveImporter", "%1.%2 should be text")
                        .arg(where, QLatin1String(key)));
            return {};
        }
        return v.toString();
    }
    void problem(const QString& what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1: %2").arg(m_where, what);
    }
    const QString& firstProblem() const { return m_problem; }

private:
    const QJsonObject& m_o;
    QString m_where;
    QString m_problem;
};

bool hasAnyHashtag(const QStringList& tags, const QStringList& wanted)
{
    for (const QString& t : tags) {
        if (wanted.contains(t, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct PartFile
{
    QString name;
    QString kind; // tweets | like
    int part = 0;
};

} // namespace

Result<QByteArray> TwitterArchiveImporter::stripAssignment(const QByteArray& js,
                                                           const QString& fileName)
{
    // Only the first bytes are looked at, so a huge file costs no regex time.
    static const QRegularExpression head(
        QStringLiteral("^\\s*window\\.YTD\\.[A-Za-z_]+\\.part\\d+\\s*=\\s*"));
    const QString start = QString::fromLatin1(js.left(200));
    const auto m = head.match(start);
    if (!m.hasMatch())
        return fail(
            QCoreApplication::translate(
                "TwitterArchiveImporter",
                "%1 is not in the archive's format (it should start \"window.YTD.….part0 = [\").")
                .arg(fileName));
    return js.mid(m.capturedLength());
}

QDateTime TwitterArchiveImporter::parseCreatedAt(QStringView text)
{
    // ddd MMM dd HH:mm:ss +zzzz yyyy
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return {};
    static const QStringList months = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const int month = int(months.indexOf(parts.at(1).toString())) + 1;
    bool okDay = false, okYear = false;
    const int day = parts.at(2).toInt(&okDay);
    const int year = parts.at(5).toInt(&okYear);
    const QTime time = QTime::fromString(parts.at(3).toString(), QStringLiteral("HH:mm:ss"));
    const QStringView zone = parts.at(4);
    if (month < 1 || !okDay || !okYear || !time.isValid() || zone.size() != 5)
        return {};
    bool okZone = false;
    const int hhmm = zone.sliced(1).toInt(&okZone);
    if (!okZone || (zone.at(0) != u'+' && zone.at(0) != u'-'))
        return {};
    const int offset = (zone.at(0) == u'-' ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

QDateTime TwitterArchiveImporter::snowflakeTime(const QString& id)
{
    bool ok = false;
    const qulonglong n = id.toULongLong(&ok);
    if (!ok || n < (qulonglong(1) << 32))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(n >> 22) + 1288834974657LL, Qt::UTC);
}

Status TwitterArchiveImporter::parsePart(QByteArray js, const QString& name, bool like,
                                         const QString& username, const Options& options,
                                         Parsed& out, const std::function<bool()>& keepGoing)
{
    QStringList wanted;
    for (QString t : options.hashtags) {
        if (t.startsWith(QLatin1Char('#')))
            t.remove(0, 1);
        if (!t.isEmpty())
            wanted << t;
    }

    QJsonArray array;
    {
        auto json = stripAssignment(js, name);
        if (!json)
            return std::unexpected(json.error());
        js.clear(); // a part may be hundreds of MB: keep one copy at a time
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(QCoreApplication::translate(
                            "TwitterArchiveImporter",
                            "%1 is not valid JSON: %2 (at byte %3). Nothing was imported.")
                            .arg(name, error.errorString())
                            .arg(error.offset));
        if (!doc.isArray())
            return fail(QCoreApplication::translate("TwitterArchiveImporter",
                                                    "%1 should hold a list of items.")
                            .arg(name));
        array = doc.array();
    }
    out.finds.reserve(out.finds.size() + array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (keepGoing && i % 2000 == 1999 && !keepGoing())
            return fail(QCoreApplication::translate(
                "TwitterArchiveImporter", "The import was cancelled; nothing was imported."));
        const QString where = QStringLiteral("%1, item %2").arg(name).arg(i + 1);
        const QJsonValue wrapper = array.at(i);
        const QJsonValue inner =
            wrapper.toObject().value(like ? QLatin1String("like") : QLatin1String("tweet"));
        if (!wrapper.isObject() || !inner.isObject())
            return fail(QCoreApplication::translate(
                            "TwitterArchiveImporter",
                            "%1 should be an object with a \"%2\" object. Nothing was imported.")
                            .arg(where, like ? QStringLiteral("like") : QStringLiteral("tweet")));
        const QJsonObject o = inner.toObject();
        Fields f(o, where);
        SocialFind find;
        find.platform = QStringLiteral("x");
        if (like) {
            find.kind = QStringLiteral("like");
            find.originalId = f.text("tweetId", true);
            find.excerpt = PageMetadataParser::decodeEntities(f.text("fullText", false));
            find.url = f.text("expandedUrl", false);
            find.hashtags = SocialFind::hashtagsIn(find.excerpt);
            find.posted = snowflakeTime(find.originalId);
        } else {
            find.kind = QStringLiteral("post");
            find.originalId = f.text("id_str", false);
            if (find.originalId.isEmpty())
                find.originalId = f.text("id", true);
            QString text = f.text("full_text", false);
            if (text.isEmpty() && !o.contains(QStringLiteral("full_text")))
                text = f.text("text", true);
            const QString created = f.text("created_at", true);
            find.posted = parseCreatedAt(created);
            if (!created.isEmpty() && !find.posted.isValid())
                f.problem(QCoreApplication::translate("TwitterArchiveImporter",
                                                      "created_at \"%1\" is not a date")
                              .arg(created));
            const QJsonObject entities = f.object("entities");
            for (const QJsonValue& h : f.array(entities, "hashtags", QStringLiteral("entities")))
                find.hashtags << f.textIn(h, "text", QStringLiteral("entities.hashtags"));
            for (const QJsonValue& u : f.array(entities, "urls", QStringLiteral("entities"))) {
                const QString shortUrl = f.textIn(u, "url", QStringLiteral("entities.urls"));
                const QString expanded =
                    f.textIn(u, "expanded_url", QStringLiteral("entities.urls"));
                if (!shortUrl.isEmpty() && !expanded.isEmpty())
                    text.replace(shortUrl, expanded);
            }
            QStringList mentions;
            for (const QJsonValue& m :
                 f.array(entities, "user_mentions", QStringLiteral("entities")))
                mentions << QLatin1Char('@') + f.textIn(m, "screen_name",
                                                        QStringLiteral("entities.user_mentions"));
            const QString replyTo = f.text("in_reply_to_status_id_str", false);
            const QString replyToUser = f.text("in_reply_to_screen_name", false);
            find.excerpt = PageMetadataParser::decodeEntities(text);
            find.author = username.isEmpty() ? QString() : QLatin1Char('@') + username;
            find.url =
                QStringLiteral("https://x.com/%1/status/%2")
                    .arg(username.isEmpty() ? QStringLiteral("i/web") : username, find.originalId);
            if (!replyTo.isEmpty())
                find.chat = QStringLiteral("reply to %1%2")
                                .arg(replyToUser.isEmpty()
                                         ? QString()
                                         : QLatin1Char('@') + replyToUser + QLatin1Char(' '),
                                     QStringLiteral("https://x.com/i/web/status/%1").arg(replyTo));
            if (!mentions.isEmpty())
                find.notes = QStringLiteral("Mentions: %1").arg(mentions.join(QLatin1Char(' ')));
        }
        if (!f.firstProblem().isEmpty())
            return fail(
                QCoreApplication::translate("TwitterArchiveImporter", "%1. Nothing was imported.")
                    .arg(f.firstProblem()));
        static const QRegularExpression digits(QStringLiteral("^\\d{1,25}$"));
        if (!digits.match(find.originalId).hasMatch())
            return fail(QCoreApplication::translate(
                            "TwitterArchiveImporter",
                            "%1: the id \"%2\" is not a tweet id. Nothing was imported.")
                            .arg(where, find.originalId));
        if (!wanted.isEmpty() && !hasAnyHashtag(find.hashtags, wanted)) {
            ++out.skipped;
            continue;
        }
        if (options.since.isValid() &&
            (!find.posted.isValid() || find.posted.date() < options.since)) {
            ++out.skipped;
            continue;
        }
        if (find.url.isEmpty())
            find.url = QStringLiteral("https://x.com/i/web/status/%1").arg(find.originalId);
        out.finds.append(std::move(find));
    }
    return {};
}

Result<TwitterArchiveImporter::Parsed> TwitterArchiveImporter::read(const QString& zipPath,
                                                                    const Options& options,
                                                                    const ImportProgress& progress)
{
    auto zip = ZipArchiveReader::open(zipPath, options.maxArchiveBytes);
    if (!zip)
        return std::unexpected(zip.error());

    static const QRegularExpression partName(
        QStringLiteral("^(?:[^/]+/)?data/(tweets|tweet|like)(?:-part(\\d+))?\\.js$"));
    QList<PartFile> parts;
    QString accountFile;
    for (const QString& name : zip->names()) {
        if (const auto m = partName.match(name); m.hasMatch())
            parts.append({name,
                          m.captured(1) == QLatin1String("like") ? QStringLiteral("like")
                                                                 : QStringLiteral("tweets"),
                          m.captured(2).toInt()});
        else if (name.endsWith(QLatin1String("data/account.js")))
            accountFile = name;
    }
    if (std::none_of(parts.cbegin(), parts.cend(),
                     [](const PartFile& p) { return p.kind == QLatin1String("tweets"); }))
        return fail(
            QCoreApplication::translate("TwitterArchiveImporter",
                                        "%1 is not an X/Twitter archive: it has no data/tweets.js.")
                .arg(zipPath));
    // Own tweets first, so a liked own tweet is kept as the post it is; then part by part.
    std::sort(parts.begin(), parts.end(), [](const PartFile& a, const PartFile& b) {
        if (a.kind != b.kind)
            return a.kind == QLatin1String("tweets");
        return std::tie(a.part, a.name) < std::tie(b.part, b.name);
    });

    QString username;
    if (!accountFile.isEmpty()) {
        auto bytes = zip->read(accountFile, 1024 * 1024);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto json = stripAssignment(*bytes, accountFile);
        if (!json)
            return std::unexpected(json.error());
        const QJsonArray a = QJsonDocument::fromJson(*json).array();
        username = a.first()
                       .toObject()
                       .value(QStringLiteral("account"))
                       .toObject()
                       .value(QStringLiteral("username"))
                       .toString();
    }
    Parsed out;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const PartFile& part = parts.at(p);
        const QString stage = QStringLiteral("Reading %1").arg(part.name);
        const auto keepGoing = [&] { return !progress || progress(stage, p, parts.size()); };
        if (!keepGoing())
            return fail(QCoreApplication::translate(
                "TwitterArchiveImporter", "The import was cancelled; nothing was imported."));
        auto bytes = zip->read(part.name, options.maxPartBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto parsed =
                parsePart(std::move(*bytes), part.name, part.kind == QLatin1String("like"),
                          username, options, out, keepGoing);
            !parsed)
            return std::unexpected(parsed.error());
    }
    return out;
}

Result<ImportSummary> TwitterArchiveImporter::import(Database& db, const Clock& clock,
                                                     const QString& zipPath, const Options& options,
                                                     const ImportProgress& progress)
{
    auto parsed = read(zipPath, options, progress);
    if (!parsed)
        return std::unexpected(parsed.error());
    SocialFindRepository repository(db, clock);
    auto stored = repository.importMany(parsed->finds, [&](qint64 done, qint64 total) {
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
    qCInfo(lcImport) << "twitter archive" << zipPath << s.imported << "imported" << s.duplicates
                     << "duplicates";
    return s;
}

} // namespace cpd
