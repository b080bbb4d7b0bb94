#include "journal/JournalListModel.h"

#include "journal/EntryRepository.h"
#include "journal/Vocabulary.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QApplication>

#include <algorithm>

namespace cpd {

JournalListModel::JournalListModel(EntryRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    m_count = readCount();
}

int JournalListModel::readCount() const
{
    auto counted = m_repository.count(m_filter);
    if (!counted) {
        emit const_cast<JournalListModel*>(this)->errorOccurred(counted.error().message);
        return 0;
    }
    return *counted;
}

void JournalListModel::setTopicCatalogue(const TopicCatalogue& catalogue)
{
    m_topics = catalogue;
    if (m_count > 0)
        emit dataChanged(index(0, TopicsColumn), index(m_count - 1, TopicsColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

QString JournalListModel::topicTitles(const QStringList& ids) const
{
    QStringList titles;
    titles.reserve(ids.size());
    for (const QString& id : ids) {
        const Topic* t = m_topics.find(id);
        titles << (t ? t->shortTitle() : tr("Unknown topic (%1)").arg(id));
    }
    return titles.join(QLatin1String(", "));
}

void JournalListModel::setFilter(const EntryFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    dropPages();
    m_count = readCount();
    endResetModel();
}

void JournalListModel::refresh()
{
    const int count = readCount();
    if (count == m_count) {
        // Same shape: keep the views' selection and scroll position, repaint the rows.
        dropPages();
        if (count > 0)
            emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    dropPages();
    m_count = count;
    endResetModel();
}

void JournalListModel::dropPages()
{
    m_pages.clear();
    m_recent.clear();
    m_keys.clear();
}

Result<QList<EntrySummary>> JournalListModel::fetchPage(int page) const
{
    using Towards = EntryRepository::Towards;
    const int first = page * kPageSize;
    const int last = std::min(m_count, first + kPageSize) - 1;
    // From the list's start, or backwards from its end (a jump to the end reads the last rows).
    std::optional<EntryListKey> from;
    Towards towards = Towards::End;
    int skip = first;
    if (const int fromEnd = m_count - 1 - last; fromEnd < skip) {
        towards = Towards::Start;
        skip = fromEnd;
    }
    // Or from the nearest known row above the page, or below it.
    if (auto below = m_keys.upper_bound(last); below != m_keys.end() && below->first - last - 1 < skip) {
        from = below->second;
        towards = Towards::Start;
        skip = below->first - last - 1;
    }
    if (auto above = m_keys.lower_bound(first); above != m_keys.begin()) {
        --above;
        if (first - above->first - 1 < skip) {
            from = above->second;
            towards = Towards::End;
            skip = first - above->first - 1;
        }
    }
    auto fetched = m_repository.summaries(m_filter, from, towards, skip, last - first + 1);
    if (fetched && fetched->size() == last - first + 1) {
        m_keys[first] = fetched->first().key;
        m_keys[first + int(fetched->size()) - 1] = fetched->last().key;
    }
    return fetched;
}

const EntrySummary* JournalListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto fetched = fetchPage(page);
        if (!fetched) {
            emit const_cast<JournalListModel*>(this)->errorOccurred(fetched.error().message);
            return nullptr;
        }
        ++m_pagesFetched;
        while (m_pages.size() >= kMaxCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, *fetched);
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString JournalListModel::idAt(int row) const
{
    const EntrySummary* s = summaryAt(row);
    return s ? s->id : QString();
}

int JournalListModel::cachedRowOf(const QString& id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

int JournalListModel::rowOf(const QString& id) const
{
    if (const int cached = cachedRowOf(id); cached >= 0 || id.isEmpty())
        return cached;
    if (m_filter.place != EntryFilter::Place::Journal)
        return -1;
    // The journal lists newest date first, so the entry is among the rows of its date, just after
    // those of later dates. Counting "from the next day" also counts the few earlier entries that
    // last into it (a period filter reads the end date), so step back to the first row of its date.
    auto entry = m_repository.get(id);
    if (!entry || !entry->date.isValid() || m_count == 0)
        return -1;
    const QDate date = entry->date;
    EntryFilter later = m_filter;
    if (const QDate next = date.addDays(1); !later.from.isValid() || later.from < next)
        later.from = next;
    auto counted = m_repository.count(later);
    if (!counted) {
        emit const_cast<JournalListModel*>(this)->errorOccurred(counted.error().message);
        return -1;
    }
    int row = std::min(*counted, m_count - 1);
    for (const EntrySummary* s; row > 0 && (s = summaryAt(row - 1)) && s->date <= date;)
        --row;
    for (; row < m_count; ++row) {
        const EntrySummary* s = summaryAt(row);
        if (!s || s->date < date)
            break;
        if (s->id == id)
            return row;
    }
    return -1;
}

int JournalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int JournalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 4);
}

QVariant JournalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary* s = summaryAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case IdRole:
        return s->id;
    case StatusRole:
        return s->status;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(s->date, QLocale::ShortFormat);
        case TitleColumn:
            return s->title;
        case ActivityColumn:
            return Vocabulary::label(Vocabulary::activities(), s->activity);
        case HoursColumn:
            return hoursText(s->hours);
        case TopicsColumn:
            return topicTitles(s->topics);
        case StatusColumn:
            return Vocabulary::label(Vocabulary::statuses(), s->status);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HoursColumn)
            return tr("%1 hours, %2 of them participatory").arg(hoursText(s->hours), hoursText(s->participatoryHours));
        if (index.column() == TitleColumn)
            return s->title;
        if (index.column() == TopicsColumn && !s->topics.isEmpty())
            return topicTitles(s->topics);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HoursColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == StatusColumn && s->status == QLatin1String("draft")) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && s->status == QLatin1String("draft"))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    return {};
}

QVariant JournalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ActivityColumn:
        return tr("Activity");
    case HoursColumn:
        return tr("Hours");
    case TopicsColumn:
        return tr("Topics");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace cpd
