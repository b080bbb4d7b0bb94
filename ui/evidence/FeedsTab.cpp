#include "evidence/FeedsTab.h"

#include "common/MessageBox.h"
#include "evidence/EvidenceViews.h"
#include "evidence/FeedItemConverter.h"
#include "evidence/FeedItemModel.h"
#include "evidence/FeedParser.h"
#include "evidence/FeedRefresher.h"
#include "evidence/FeedRepository.h"
#include "evidence/GuidelinesTab.h"
#include "main/JournalSession.h"
#include "util/Clock.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace cpd {

FeedsTab::FeedsTab(JournalSession& session, QNetworkAccessManager& network, GuidelinesTab& guidelines, QWidget* parent)
    : QWidget(parent), m_session(session), m_network(network), m_guidelines(guidelines),
      m_fetchOptions(FeedRefresher::defaultOptions())
{
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Address of an RSS or Atom feed"));
    m_url->setPlaceholderText(tr("https://… (an RSS or Atom feed), then press Enter"));
    m_subscribe = new QPushButton(tr("Su&bscribe"), this);
    m_subscribe->setAccessibleName(tr("Subscribe to the feed at this address"));
    auto* urlLabel = new QLabel(tr("Feed &address:"), this);
    urlLabel->setBuddy(m_url);
    auto* subscribeRow = new QHBoxLayout;
    subscribeRow->addWidget(urlLabel);
    subscribeRow->addWidget(m_url, 1);
    subscribeRow->addWidget(m_subscribe);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Feed refresh messages"));
    m_message->hide();

    m_feeds = new FeedModel(this);
    m_feedView = evidence::makeTable(this, tr("Subscribed feeds"), FeedModel::StatusColumn);
    m_feedView->setModel(m_feeds);
    evidence::stretch(m_feedView);
    m_items = new FeedItemModel(this);
    m_itemView = evidence::makeTable(this, tr("Items in the selected feed"), FeedItemModel::TitleColumn);
    m_itemView->setModel(m_items);
    evidence::stretch(m_itemView);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setAccessibleName(tr("Fetch every feed now"));
    m_cancel = new QPushButton(tr("Cance&l"), this);
    m_cancel->setAccessibleName(tr("Stop refreshing the feeds"));
    m_cancel->hide();
    m_busy = new QProgressBar(this);
    m_busy->setAccessibleName(tr("Refreshing the feeds"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_unsubscribe = new QPushButton(tr("&Unsubscribe"), this);
    m_unsubscribe->setAccessibleName(tr("Unsubscribe from the selected feed"));
    m_toGuideline = new QPushButton(tr("Make a gu&ideline…"), this);
    m_toGuideline->setAccessibleName(tr("Add the selected item to the guideline library"));
    m_toEntry = new QPushButton(tr("Make a journal &entry"), this);
    m_toEntry->setAccessibleName(tr("Create a draft reading entry from the selected item"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_unsubscribe);
    buttons->addStretch();
    buttons->addWidget(m_toGuideline);
    buttons->addWidget(m_toEntry);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_feedView);
    splitter->addWidget(m_itemView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(subscribeRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_url, &QLineEdit::returnPressed, this, [this] { subscribe(m_url->text()); });
    connect(m_url, &QLineEdit::textChanged, this, &FeedsTab::updateButtons);
    connect(m_subscribe, &QPushButton::clicked, this, [this] { subscribe(m_url->text()); });
    connect(m_unsubscribe, &QPushButton::clicked, this, &FeedsTab::unsubscribeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &FeedsTab::refreshAll);
    connect(m_cancel, &QPushButton::clicked, this, &FeedsTab::cancelRefresh);
    connect(m_toGuideline, &QPushButton::clicked, this, [this] { makeGuideline(); });
    connect(m_toEntry, &QPushButton::clicked, this, [this] { makeEntry(); });
    connect(m_feedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showItems();
        updateButtons();
    });
    connect(m_itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeedsTab::updateButtons);
    connect(m_items, &QAbstractItemModel::modelReset, this, &FeedsTab::updateButtons);
    connect(m_itemView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const FeedItem* item = m_items->at(index.row()); item && !item->url.isEmpty())
            QDesktopServices::openUrl(QUrl(item->url));
    });
    auto* del = new QShortcut(QKeySequence::Delete, m_feedView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &FeedsTab::unsubscribeSelected);
    reload();
}

void FeedsTab::reload()
{
    const Feed* current = currentFeed();
    const QString currentId = current ? current->id : QString();
    auto all = FeedRepository(m_session.database(), m_session.clock()).list();
    if (!all) {
        m_summary->setText(all.error().message);
        m_feeds->setFeeds({});
        showItems();
        return;
    }
    m_feeds->setFeeds(*all);
    m_summary->setText(all->isEmpty()
                           ? tr("No feeds yet. Paste the address of a publisher's RSS or Atom feed above, then "
                                "press Refresh to fetch its items.")
                           : tr("%n feed(s). Refresh fetches every feed; an item can become a guideline or an entry.",
                                nullptr, int(all->size())));
    const int row = m_feeds->rowOf(currentId);
    if (row >= 0)
        m_feedView->selectRow(row);
    else if (!all->isEmpty())
        m_feedView->selectRow(0);
    showItems();
    updateButtons();
}

const Feed* FeedsTab::currentFeed() const
{
    return m_feeds->at(evidence::currentRow(m_feedView));
}

bool FeedsTab::selectFeed(int row)
{
    if (!m_feeds->at(row))
        return false;
    m_feedView->selectRow(row);
    return true;
}

bool FeedsTab::selectItem(int row)
{
    if (!m_items->at(row))
        return false;
    m_itemView->selectRow(row);
    return true;
}

void FeedsTab::showItems()
{
    const Feed* feed = currentFeed();
    if (!feed) {
        m_items->setItems({});
        return;
    }
    auto items = FeedRepository(m_session.database(), m_session.clock()).items(feed->id);
    m_items->setItems(items ? *items : QList<FeedItem>());
    if (!items)
        showMessage(items.error().message);
}

void FeedsTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool FeedsTab::subscribe(const QString& url)
{
    if (url.trimmed().isEmpty())
        return false;
    auto added = FeedRepository(m_session.database(), m_session.clock()).add(url);
    if (!added) {
        MessageBox::warning(this, tr("Not subscribed"), added.error().message);
        return false;
    }
    const QString id = added->id;
    m_url->clear();
    reload();
    selectFeed(m_feeds->rowOf(id));
    emit statusMessage(tr("Subscribed to %1. Press Refresh to fetch its items.").arg(added->url));
    return true;
}

bool FeedsTab::unsubscribeSelected()
{
    const Feed* feed = currentFeed();
    if (!feed || m_refreshing)
        return false;
    if (MessageBox::question(this, tr("Unsubscribe?"),
                             tr("Stop following %1? Its items are forgotten; guidelines and entries made from them stay.")
                                 .arg(feed->title.isEmpty() ? feed->url : feed->title))
        != QMessageBox::Yes)
        return false;
    if (auto ok = FeedRepository(m_session.database(), m_session.clock()).remove(feed->id); !ok) {
        MessageBox::warning(this, tr("Not unsubscribed"), ok.error().message);
        return false;
    }
    reload();
    return true;
}

bool FeedsTab::refreshAll()
{
    if (m_refreshing)
        return false;
    auto all = FeedRepository(m_session.database(), m_session.clock()).list();
    if (!all) {
        showMessage(all.error().message);
        return false;
    }
    if (all->isEmpty()) {
        showMessage(tr("There are no feeds to refresh. Subscribe to one first."));
        return false;
    }
    m_refreshing = true;
    m_cancelled = false;
    m_queue = *all;
    m_total = int(all->size());
    m_newItems = 0;
    m_errors.clear();
    showMessage(QString());
    m_busy->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    updateButtons();
    emit statusMessage(tr("Refreshing %n feed(s)…", nullptr, m_total));
    fetchNext();
    return true;
}

void FeedsTab::cancelRefresh()
{
    if (!m_refreshing || m_cancelled)
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    if (m_fetcher)
        m_fetcher->cancel(); // answers through onFetched, which finishes
    else
        QMetaObject::invokeMethod(this, &FeedsTab::finishRefresh, Qt::QueuedConnection);
}

void FeedsTab::fetchNext()
{
    if (m_cancelled || m_queue.isEmpty()) {
        finishRefresh();
        return;
    }
    const Feed feed = m_queue.takeFirst();
    m_busy->setFormat(QString());
    m_busy->setToolTip(tr("Fetching %1 (%2 of %3)").arg(feed.url).arg(m_total - m_queue.size()).arg(m_total));
    auto* fetcher = new HttpFetcher(m_network, m_fetchOptions, this);
    m_fetcher = fetcher;
    QPointer<FeedsTab> self(this);
    // The answer may come before start() returns (a bad address): carry on from the event loop.
    fetcher->start(QUrl(feed.url), [self, fetcher, feed](Result<HttpResponse> response) {
        fetcher->deleteLater();
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, feed, response = std::move(response)] {
            if (self)
                self->onFetched(feed, response);
        }, Qt::QueuedConnection);
    });
}

void FeedsTab::onFetched(const Feed& feed, const Result<HttpResponse>& response)
{
    m_fetcher = nullptr;
    if (m_cancelled) {
        finishRefresh();
        return;
    }
    FeedRepository repo(m_session.database(), m_session.clock());
    Result<FeedParser::Parsed> parsed = response ? FeedParser::parse(response->body, response->finalUrl)
                                                 : Result<FeedParser::Parsed>(std::unexpected(response.error()));
    if (parsed && response->truncated)
        parsed = fail(tr("The feed is larger than %1 MiB.").arg(m_fetchOptions.maxBytes / (1024 * 1024)));
    const QString name = feed.title.isEmpty() ? feed.url : feed.title;
    if (!parsed) {
        m_errors.append(tr("%1: %2").arg(name, parsed.error().message));
        if (auto ok = repo.storeError(feed.id, parsed.error().message); !ok)
            m_errors.append(tr("%1: %2").arg(name, ok.error().message));
    } else if (auto added = repo.storeRefresh(feed.id, *parsed); !added) {
        m_errors.append(tr("%1: %2").arg(name, added.error().message));
    } else {
        m_newItems += *added;
    }
    fetchNext();
}

void FeedsTab::finishRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    m_queue.clear();
    m_busy->hide();
    m_cancel->hide();
    reload();
    QString text;
    if (m_cancelled)
        text = tr("Refresh cancelled. %n new item(s) were stored before it stopped.", nullptr, m_newItems);
    else
        text = tr("Refreshed: %n new item(s).", nullptr, m_newItems);
    if (!m_errors.isEmpty())
        text += QLatin1Char('\n') + tr("Some feeds could not be refreshed:") + QLatin1Char('\n') + m_errors.join(QLatin1Char('\n'));
    showMessage(text);
    emit statusMessage(text.section(QLatin1Char('\n'), 0, 0));
    updateButtons();
    emit refreshFinished(m_newItems, m_errors, m_cancelled);
}

GuidelineDialog* FeedsTab::makeGuideline()
{
    const Feed* feed = currentFeed();
    const FeedItem* item = m_items->at(evidence::currentRow(m_itemView));
    if (!feed || !item)
        return nullptr;
    return m_guidelines.addPrefilled(FeedItemConverter::toGuideline(*item, *feed));
}

QString FeedsTab::makeEntry()
{
    const Feed* feed = currentFeed();
    const FeedItem* item = m_items->at(evidence::currentRow(m_itemView));
    if (!feed || !item)
        return {};
    auto stored = m_session.entries().add(FeedItemConverter::toEntry(*item, *feed, m_session.clock().today()));
    if (!stored) {
        MessageBox::warning(this, tr("Entry not created"), stored.error().message);
        return {};
    }
    const QString id = stored->id;
    emit entryCreated(id);
    emit statusMessage(tr("Added “%1” to the journal as a draft.").arg(stored->title));
    return id;
}

void FeedsTab::updateButtons()
{
    const bool hasItem = m_items->at(evidence::currentRow(m_itemView)) != nullptr;
    m_subscribe->setEnabled(!m_url->text().trimmed().isEmpty());
    m_refresh->setEnabled(!m_refreshing && m_feeds->rowCount() > 0);
    m_unsubscribe->setEnabled(!m_refreshing && currentFeed() != nullptr);
    m_toGuideline->setEnabled(hasItem);
    m_toEntry->setEnabled(hasItem);
}

} // namespace cpd
