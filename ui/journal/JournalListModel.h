#pragma once

#include "journal/EntryFilter.h"
#include "journal/EntrySummary.h"
#include "topics/TopicCatalogue.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <map>

namespace cpd {

class EntryRepository;

// The journal list over the repository, a page at a time: the row count comes from count() and
// rows are fetched in pages into a small cache, so a 100,000-entry journal never loads at once.
// A page is read on from the nearest row whose sort key is known (the first and last rows of every
// page fetched), or from the list's start or end, whichever is fewer rows away: an OFFSET walks the
// index row by row, so dragging the scroll bar down a long journal cost more at every step.
class JournalListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActivityColumn, HoursColumn, TopicsColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int kPageSize = 50;
    static constexpr int kMaxCachedPages = 8;

    explicit JournalListModel(EntryRepository& repository, QObject* parent = nullptr);

    void setFilter(const EntryFilter& filter);
    // The catalogue the Topics column takes its titles from (the built-in one until set).
    void setTopicCatalogue(const TopicCatalogue& catalogue);
    // Short titles of topic ids; ids the catalogue lacks are kept and shown as unknown.
    QString topicTitles(const QStringList& ids) const;
    const EntryFilter& filter() const { return m_filter; }
    // Re-reads the count and drops the cache after the journal changed.
    void refresh();

    QString idAt(int row) const;
    // The row of id if it is in a cached page (the visible ones), else -1.
    int cachedRowOf(const QString& id) const;
    // The row of id, fetching the page it is on when it is not cached (before the list was first
    // painted, or far down a long journal); -1 when the filter does not list it.
    int rowOf(const QString& id) const;
    int pagesFetched() const { return m_pagesFetched; }
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message);

private:
    const EntrySummary* summaryAt(int row) const;
    Result<QList<EntrySummary>> fetchPage(int page) const;
    void dropPages();
    int readCount() const;

    EntryRepository& m_repository;
    EntryFilter m_filter;
    TopicCatalogue m_topics = TopicCatalogue::builtIn();
    int m_count = 0;
    mutable QHash<int, QList<EntrySummary>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable std::map<int, EntryListKey> m_keys; // row -> its key, for the pages' first and last rows
    mutable int m_pagesFetched = 0;
};

} // namespace cpd
