#include "journal/EntryJsonWriter.h"

#include "journal/EntryJson.h"
#include "util/IndentedJson.h"

namespace cpd {
namespace {

// The keys of one object, written in the order given (which must be QJsonObject's sorted order).
class ObjectText
{
public:
    ObjectText(QByteArray& out, int level) : m_out(out), m_level(level) { m_out.append('{'); }

    QByteArray& key(QStringView name)
    {
        m_out.append(m_first ? "\n" : ",\n");
        m_first = false;
        IndentedJson::key(m_out, name, m_level + 1);
        return m_out;
    }
    void string(QStringView name, QStringView value) { IndentedJson::string(key(name), value); }
    void number(QStringView name, double value) { IndentedJson::number(key(name), value); }
    void strings(QStringView name, const QStringList& list)
    {
        key(name).append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_out.append(i == 0 ? "\n" : ",\n");
            IndentedJson::indent(m_out, m_level + 2);
            IndentedJson::string(m_out, list.at(i));
        }
        m_out.append('\n');
        IndentedJson::indent(m_out, m_level + 1);
        m_out.append(']');
    }
    void close()
    {
        m_out.append('\n');
        IndentedJson::indent(m_out, m_level);
        m_out.append('}');
    }

private:
    QByteArray& m_out;
    int m_level;
    bool m_first = true;
};

// Objects in an array, each written by `write(object, item)` at the array's level + 1.
template <typename List, typename Write>
void objects(QByteArray& out, const List& list, int level, Write write)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        out.append(i == 0 ? "\n" : ",\n");
        IndentedJson::indent(out, level + 1);
        ObjectText o(out, level + 1);
        write(o, list.at(i));
        o.close();
    }
    out.append('\n');
    IndentedJson::indent(out, level);
    out.append(']');
}

bool asciiKeys(const Entry& e)
{
    for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it) {
        for (QChar c : it.key()) {
            if (c.unicode() >= 0x80)
                return false;
        }
    }
    return true;
}

} // namespace

void EntryJsonWriter::append(QByteArray& out, const Entry& e, int level)
{
    // Unknown keys mix with the known ones, and non-ASCII answer keys sort as QJsonObject sorts
    // them: both rare, both left to Qt.
    if (!e.extra.isEmpty() || !asciiKeys(e)) {
        IndentedJson::value(out, EntryJson::toJson(e), level);
        return;
    }
    ObjectText o(out, level);
    o.string(u"activity", e.activity);
    o.strings(u"code_themes", e.codeThemes);
    if (e.created.isValid())
        o.string(u"created", EntryJson::timestampToString(e.created));
    o.number(u"credits", e.effectiveCredits());
    o.string(u"date", EntryJson::dateToString(e.date));
    if (e.endDate.isValid())
        o.string(u"end_date", EntryJson::dateToString(e.endDate));
    if (!e.feedbackSource.isEmpty())
        o.string(u"feedback_source", e.feedbackSource);
    if (!e.feedbackType.isEmpty())
        o.string(u"feedback_type", e.feedbackType);
    o.strings(u"gmp_domains", e.gmpDomains);
    o.number(u"hours", e.hours);
    o.string(u"id", e.id);
    objects(o.key(u"links"), e.links, level + 1, [](ObjectText& l, const Link& link) {
        l.string(u"kind", link.kind);
        l.string(u"title", link.title);
        l.string(u"url", link.url);
    });
    o.number(u"participatory_hours", e.participatoryHours);
    {
        ObjectText r(o.key(u"reflection"), level + 1);
        for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it)
            r.string(it.key(), it.value());
        r.close();
    }
    o.string(u"status", e.status);
    o.strings(u"tags", e.tags);
    o.string(u"template", e.templateId);
    o.string(u"title", e.title);
    objects(o.key(u"topics"), e.topics, level + 1, [](ObjectText& t, const TopicMapping& topic) {
        t.string(u"id", topic.id);
        t.string(u"level", topic.level);
    });
    if (e.updated.isValid())
        o.string(u"updated", EntryJson::timestampToString(e.updated));
    o.close();
}

} // namespace cpd
