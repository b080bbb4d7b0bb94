#include "importers/MastodonArchiveImporter.h"

#include "evidence/FeedParser.h"
#include "evidence/SocialFindRepository.h"
#include "importers/ZipArchiveReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace cpd {

namespace {

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            QCoreApplication::translate("MastodonArchiveImporter", "%1: no such file.").arg(path));
    if (info.size() > maxBytes)
        return fail(QCoreApplication::translate(
                        "MastodonArchiveImporter",
                        "%1 is %2 MB, larger than the %3 MB allowed; it was not read.")
                        .arg(path)
                        .arg(info.size() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return f.readAll();
}

QString handleFromActor(const QString& actorUrl, const QString& preferred = {})
{
    const QUrl u(actorUrl);
    QString user = preferred;
    if (user.isEmpty())
        user = u.path().section(QLatin1Char('/'), -1);
    if (user.isEmpty())
        return {};
    return u.host().isEmpty() ? QLatin1Char('@') + user : QStringLiteral("@%1@%2").arg(user, u.host());
}

} // namespace

Result<MastodonArchiveImporter::Parsed> MastodonArchiveImporter::parseOutbox(const QByteArray& json, const QByteArray& actorJson,
                                                                             const ImportProgress& progress)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate(
                        "MastodonArchiveImporter",
                        "outbox.json is not valid JSON: %1 (at byte %2). Nothing was imported.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "MastodonArchiveImporter", "outbox.json should hold an object. Nothing was imported."));
    const QJsonValue itemsValue = doc.object().value(QStringLiteral("orderedItems"));
    if (!itemsValue.isArray())
        return fail(QCoreApplication::translate("MastodonArchiveImporter",
                                                "outbox.json has no list of orderedItems; it is "
                                                "not a Mastodon outbox. Nothing was imported."));
    QString author;
    if (!actorJson.isEmpty()) {
        const QJsonObject actor = QJsonDocument::fromJson(actorJson).object();
        author = handleFromActor(actor.value(QStringLiteral("id")).toString(), actor.value(QStringLiteral("preferredUsername")).toString());
    }

    const QJsonArray items = itemsValue.toArray();
    Parsed out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (progress && i % 2000 == 0 && !progress(QStringLiteral("Reading outbox.json"), i, items.size()))
            return fail(QCoreApplication::translate(
                "MastodonArchiveImporter", "The import was cancelled; nothing was imported."));
        const QString where = QStringLiteral("outbox.json, item %1").arg(i + 1);
        auto bad = [&](const QString& what) {
            return fail(QCoreApplication::translate("MastodonArchiveImporter",
                                                    "%1: %2. Nothing was imported.")
                            .arg(where, what));
        };
        if (!items.at(i).isObject())
            return bad(QStringLiteral("should be an object"));
        const QJsonObject activity = items.at(i).toObject();
        const QJsonValue type = activity.value(QStringLiteral("type"));
        const QJsonValue id = activity.value(QStringLiteral("id"));
        const QJsonValue published = activity.value(QStringLiteral("published"));
        const QJsonValue actorValue = activity.value(QStringLiteral("actor"));
        if (!type.isString())
            return bad(QStringLiteral("type should be text"));
        if (!id.isString())
            return bad(QStringLiteral("id should be text"));
        if (!published.isUndefined() && !published.isNull() && !published.isString())
            return bad(QStringLiteral("published should be text"));
        if (!actorValue.isUndefined() && !actorValue.isNull() && !actorValue.isString())
            return bad(QStringLiteral("actor should be text"));
        SocialFind find;
        find.platform = QStringLiteral("mastodon");
        find.author = author.isEmpty() ? handleFromActor(actorValue.toString()) : author;
        find.posted = FeedParser::parseDate(published.toString());
        if (!published.toString().isEmpty() && !find.posted.isValid())
            return bad(QStringLiteral("published \"%1\" is not a date").arg(published.toString()));
        const QJsonValue object = activity.value(QStringLiteral("object"));
        if (type.toString() == QLatin1String("Announce")) {
            find.kind = QStringLiteral("boost");
            find.originalId = id.toString();
            if (object.isString())
                find.url = object.toString();
            else if (object.isObject() && object.toObject().value(QStringLiteral("id")).isString())
                find.url = object.toObject().value(QStringLiteral("id")).toString();
            else
                return bad(QStringLiteral("object should be the address of the boosted post"));
            find.excerpt = QStringLiteral("Boosted %1").arg(find.url);
        } else if (type.toString() == QLatin1String("Create")) {
            if (!object.isObject())
                return bad(QStringLiteral("object should be an object"));
            const QJsonObject note = object.toObject();
            const QJsonValue noteType = note.value(QStringLiteral("type"));
            if (!noteType.isString())
                return bad(QStringLiteral("object.type should be text"));
            if (noteType.toString() != QLatin1String("Note") && noteType.toString() != QLatin1String("Article")
                && noteType.toString() != QLatin1String("Question")) {
                ++out.skipped;
                continue;
            }
            for (const char* key : {"id", "url", "content", "summary", "inReplyTo", "published"}) {
                const QJsonValue v = note.value(QLatin1String(key));
                if (!v.isUndefined() && !v.isNull() && !v.isString())
                    return bad(QStringLiteral("object.%1 should be text").arg(QLatin1String(key)));
            }
            find.kind = QStringLiteral("post");
            find.originalId = note.value(QStringLiteral("id")).toString();
            if (find.originalId.isEmpty())
                find.originalId = id.toString();
            find.url = note.value(QStringLiteral("url")).toString();
            if (find.url.isEmpty())
                find.url = find.originalId;
            find.excerpt = FeedParser::plainText(note.value(QStringLiteral("content")).toString());
            const QString warning = note.value(QStringLiteral("summary")).toString();
            if (!warning.isEmpty())
                find.notes = QStringLiteral("Content warning: %1").arg(FeedParser::plainText(warning));
            const QString replyTo = note.value(QStringLiteral("inReplyTo")).toString();
            if (!replyTo.isEmpty())
                find.chat = QStringLiteral("reply to %1").arg(replyTo);
            const QJsonValue tags = note.value(QStringLiteral("tag"));
            if (!tags.isUndefined() && !tags.isNull() && !tags.isArray())
                return bad(QStringLiteral("object.tag should be a list"));
            for (const QJsonValue& t : tags.toArray()) {
                if (!t.isObject())
                    return bad(QStringLiteral("each object.tag should be an object"));
                const QJsonObject tag = t.toObject();
                if (!tag.value(QStringLiteral("type")).isString() || !tag.value(QStringLiteral("name")).isString())
                    return bad(QStringLiteral("object.tag type and name should be text"));
                if (tag.value(QStringLiteral("type")).toString() != QLatin1String("Hashtag"))
                    continue;
                QString name = tag.value(QStringLiteral("name")).toString();
                if (name.startsWith(QLatin1Char('#')))
                    name.remove(0, 1);
                if (!name.isEmpty() && !find.hashtags.contains(name, Qt::CaseInsensitive))
                    find.hashtags << name;
            }
            if (find.hashtags.isEmpty())
                find.hashtags = SocialFind::hashtagsIn(find.excerpt);
        } else {
            ++out.skipped; // Follow, Like, Delete…
            continue;
        }
        const QUrl url(find.url);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            ++out.errors;
            out.messages << QCoreApplication::translate(
                                "MastodonArchiveImporter",
                                "%1: \"%2\" is not a web address; left out.")
                                .arg(where, find.url);
            continue;
        }
        // "Https://…" is the same address: keep the scheme as every other address writes it
        // (QUrl gives it in lower case, and it starts the text, since a scheme must).
        if (!find.url.startsWith(url.scheme()))
            find.url.replace(0, url.scheme().size(), url.scheme());
        out.finds.append(std::move(find));
    }
    return out;
}

Result<MastodonArchiveImporter::Parsed> MastodonArchiveImporter::read(const QString& path, const Options& options,
                                                                      const ImportProgress& progress)
{
    QFile probe(path);
    if (!QFileInfo(path).isFile())
        return fail(
            QCoreApplication::translate("MastodonArchiveImporter", "%1: no such file.").arg(path));
    QByteArray magic;
    if (probe.open(QIODevice::ReadOnly))
        magic = probe.read(4);
    if (!magic.startsWith("PK")) {
        auto json = readFile(path, options.maxJsonBytes);
        if (!json)
            return std::unexpected(json.error());
        return parseOutbox(*json, {}, progress);
    }
    auto zip = ZipArchiveReader::open(path, options.maxArchiveBytes);
    if (!zip)
        return std::unexpected(zip.error());
    QString outbox, actor;
    for (const QString& name : zip->names()) {
        if (name == QLatin1String("outbox.json") || (outbox.isEmpty() && name.endsWith(QLatin1String("/outbox.json"))))
            outbox = name;
        if (name == QLatin1String("actor.json") || (actor.isEmpty() && name.endsWith(QLatin1String("/actor.json"))))
            actor = name;
    }
    if (outbox.isEmpty())
        return fail(
            QCoreApplication::translate("MastodonArchiveImporter",
                                        "%1 is not a Mastodon archive: it has no outbox.json.")
                .arg(path));
    if (progress && !progress(QStringLiteral("Reading outbox.json"), 0, 1))
        return fail(QCoreApplication::translate("MastodonArchiveImporter",
                                                "The import was cancelled; nothing was imported."));
    QByteArray actorJson;
    if (!actor.isEmpty()) {
        auto bytes = zip->read(actor, 4 * 1024 * 1024);
        if (!bytes)
            return std::unexpected(bytes.error());
        actorJson = *bytes;
    }
    auto json = zip->read(outbox, options.maxJsonBytes);
    if (!json)
        return std::unexpected(json.error());
    return parseOutbox(*json, actorJson, progress);
}

Result<ImportSummary> MastodonArchiveImporter::import(Database& db, const Clock& clock, const QString& path,
                                                      const Options& options, const ImportProgress& progress)
{
    auto parsed = read(path, options, progress);
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
