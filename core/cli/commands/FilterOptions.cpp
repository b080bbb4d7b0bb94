#include "cli/commands/FilterOptions.h"

#include "cli/CliParser.h"

namespace cpd {

void FilterOptions::addTo(CliParser& parser)
{
    parser.flag(QStringLiteral("trash"), QStringLiteral("the entries in the trash"))
        .option(QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("entries on or after DATE"))
        .option(QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("entries on or before DATE"))
        .option(QStringLiteral("activity"), QStringLiteral("ACTIVITY"), QStringLiteral("only this activity"))
        .option(QStringLiteral("tag"), QStringLiteral("TAG"), QStringLiteral("only entries with this tag"))
        .option(QStringLiteral("status"), QStringLiteral("STATUS"), QStringLiteral("draft or final"))
        .option(QStringLiteral("topic"), QStringLiteral("ID"), QStringLiteral("only entries mapped to this topic"))
        .option(QStringLiteral("level"), QStringLiteral("LEVEL"), QStringLiteral("only topic mappings at this level"));
}

Result<QDate> FilterOptions::date(const CliParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return fail(QStringLiteral("--%1 \"%2\" is not a date (use YYYY-MM-DD)").arg(name, text));
    return d;
}

Result<EntryFilter> FilterOptions::read(const CliParser& parser)
{
    EntryFilter f;
    f.place = parser.isSet(QStringLiteral("trash")) ? EntryFilter::Place::Trash : EntryFilter::Place::Journal;
    auto from = date(parser, QStringLiteral("from"));
    if (!from)
        return std::unexpected(from.error());
    auto to = date(parser, QStringLiteral("to"));
    if (!to)
        return std::unexpected(to.error());
    f.from = *from;
    f.to = *to;
    f.activity = parser.value(QStringLiteral("activity"));
    f.tag = parser.value(QStringLiteral("tag"));
    f.status = parser.value(QStringLiteral("status"));
    f.topicId = parser.value(QStringLiteral("topic"));
    f.topicLevel = parser.value(QStringLiteral("level"));
    return f;
}

} // namespace cpd
