#pragma once

#include "evidence/Feed.h"
#include "evidence/HttpFetcher.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cpd {

class FeedItemModel;
class FeedModel;
class GuidelineDialog;
class GuidelinesTab;
class JournalSession;

// RSS and Atom feeds (a publisher's "new guidance"): subscribe, refresh every feed in the
// background (the fetches are asynchronous, so the window never waits; Cancel stops them), and
// turn an item into a guideline or a draft journal entry.
class FeedsTab : public QWidget
{
    Q_OBJECT
public:
    FeedsTab(JournalSession& session, QNetworkAccessManager& network, GuidelinesTab& guidelines, QWidget* parent = nullptr);

    void reload();
    void setFetchOptions(const HttpFetcher::Options& options) { m_fetchOptions = options; }

    bool subscribe(const QString& url);
    bool unsubscribeSelected();
    // Fetches every feed, one after another; refreshFinished tells when it is over. False when
    // a refresh is already running or there is nothing to refresh.
    bool refreshAll();
    void cancelRefresh();
    bool isRefreshing() const { return m_refreshing; }

    bool selectFeed(int row);
    bool selectItem(int row);
    // The selected item, prefilled in the guideline dialog (saved when it is accepted).
    GuidelineDialog* makeGuideline();
    // The selected item as a draft reading entry; returns its id (empty on failure).
    QString makeEntry();

    FeedModel* feedModel() const { return m_feeds; }
    FeedItemModel* itemModel() const { return m_items; }
    QTableView* feedView() const { return m_feedView; }
    QTableView* itemView() const { return m_itemView; }
    QLineEdit* urlField() const { return m_url; }
    QPushButton* subscribeButton() const { return m_subscribe; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* guidelineButton() const { return m_toGuideline; }
    QPushButton* entryButton() const { return m_toEntry; }
    QProgressBar* busyIndicator() const { return m_busy; }
    QLabel* messageLabel() const { return m_message; }

signals:
    // cancelled: the person pressed Cancel; errors: one line per feed that failed.
    void refreshFinished(int newItems, const QStringList& errors, bool cancelled);
    void entryCreated(const QString& id);
    void statusMessage(const QString& message);

private:
    void fetchNext();
    void onFetched(const Feed& feed, const Result<HttpResponse>& response);
    void finishRefresh();
    void showItems();
    void showMessage(const QString& text);
    const Feed* currentFeed() const;
    void updateButtons();

    JournalSession& m_session;
    QNetworkAccessManager& m_network;
    GuidelinesTab& m_guidelines;
    HttpFetcher::Options m_fetchOptions;

    FeedModel* m_feeds;
    FeedItemModel* m_items;
    QTableView* m_feedView;
    QTableView* m_itemView;
    QLineEdit* m_url;
    QPushButton* m_subscribe;
    QPushButton* m_unsubscribe;
    QPushButton* m_refresh;
    QPushButton* m_cancel;
    QPushButton* m_toGuideline;
    QPushButton* m_toEntry;
    QProgressBar* m_busy;
    QLabel* m_summary;
    QLabel* m_message;

    // The refresh under way.
    bool m_refreshing = false;
    bool m_cancelled = false;
    QList<Feed> m_queue;
    int m_total = 0;
    int m_newItems = 0;
    QStringList m_errors;
    QPointer<HttpFetcher> m_fetcher;
};

} // namespace cpd
