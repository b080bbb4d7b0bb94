#include "ArchiveSamples.h"
#include "LocalHttpServer.h"
#include "TestJournal.h"
#include "ZipBuilder.h"

#include "common/MessageBox.h"
#include "evidence/CaseNoteDialog.h"
#include "evidence/CaseNoteModel.h"
#include "evidence/CaseNoteRepository.h"
#include "evidence/CaseNotesTab.h"
#include "evidence/ChatSuggestionModel.h"
#include "evidence/EvidencePage.h"
#include "evidence/FeedItemModel.h"
#include "evidence/FeedRefresher.h"
#include "evidence/FeedsTab.h"
#include "evidence/GuidelineDialog.h"
#include "evidence/GuidelineModel.h"
#include "evidence/GuidelineRepository.h"
#include "evidence/GuidelinesTab.h"
#include "evidence/ImportRunner.h"
#include "evidence/PageMetadataFetcher.h"
#include "evidence/SocialFindModel.h"
#include "evidence/SocialFindRepository.h"
#include "evidence/SocialFindsTab.h"
#include "evidence/TweetChatsTab.h"
#include "journal/JournalListModel.h"
#include "journal/JournalPage.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "privacy/IdentifierCheck.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

// Flags any text holding "NHS" followed by a number, as the confidentiality scanner would.
class FlaggingCheck final : public IdentifierCheck
{
public:
    QList<IdentifierFinding> check(const QStringList& texts) const override
    {
        QList<IdentifierFinding> found;
        for (const QString& t : texts)
            if (t.contains(QStringLiteral("943 476 5919")))
                found.append({QStringLiteral("nhs-number"), QStringLiteral("943 476 5919")});
        return found;
    }
};

// A journal session and the page over it, every model watched by a QAbstractItemModelTester.
struct Fixture
{
    explicit Fixture(const IdentifierCheck& check = IdentifierCheck::none())
        : session(std::move(journal.db), journal.clock), page(session, check)
    {
        for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(page.guidelines()->model()),
                                      static_cast<QAbstractItemModel*>(page.finds()->model()),
                                      static_cast<QAbstractItemModel*>(page.chats()->model()),
                                      static_cast<QAbstractItemModel*>(page.caseNotes()->model()),
                                      static_cast<QAbstractItemModel*>(page.feeds()->feedModel()),
                                      static_cast<QAbstractItemModel*>(page.feeds()->itemModel())})
            testers.emplace_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        page.resize(1000, 700);
        page.show();
    }
    int findsStored() { return *SocialFindRepository(session.database(), session.clock()).count(); }
    int entriesStored() { return *session.entries().count({}); }

    TestJournal journal;
    JournalSession session;
    EvidencePage page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QString twitterZip(const QString& dir)
{
    const QDateTime evening(QDate(2026, 3, 3), QTime(20, 0), Qt::UTC);
    const QJsonArray tweets{tweet(QStringLiteral("1700000000000000001"), evening, QStringLiteral("Chat opens #wenurses"), {QStringLiteral("wenurses")}),
                            tweet(QStringLiteral("1700000000000000002"), evening.addSecs(50 * 60), QStringLiteral("Closing thoughts #wenurses"),
                                  {QStringLiteral("wenurses")}),
                            tweet(QStringLiteral("1700000000000000003"), evening.addDays(-30), QStringLiteral("Old news"), {})};
    const QString path = dir + QStringLiteral("/twitter.zip");
    if (!writeZip(path, {{QStringLiteral("data/account.js"), account(QStringLiteral("nurse_jo"))},
                         {QStringLiteral("data/tweets.js"), ytd("tweets", 0, tweets)}}))
        qFatal("could not write the test archive");
    return path;
}

// An RSS 2.0 and an Atom feed whose links point back at the test's own 127.0.0.1 server.
QByteArray rssFeed(const LocalHttpServer& server)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
           "<title>NICE new guidance</title><link>" + server.url("/nice").toEncoded() + "</link>"
           "<item><title>Hypertension in adults</title><link>" + server.url("/guidance/ng136").toEncoded() + "</link>"
           "<guid>ng136</guid><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>"
           "<description>&lt;p&gt;Diagnosis and management.&lt;/p&gt;</description></item>"
           "<item><title>Sepsis: recognition</title><link>" + server.url("/guidance/ng51").toEncoded() + "</link>"
           "<guid>ng51</guid><pubDate>Mon, 02 Feb 2026 09:00:00 GMT</pubDate><description>Early signs.</description></item>"
           "</channel></rss>";
}

QByteArray atomFeed(const LocalHttpServer& server)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
           "<title>SIGN updates</title><id>urn:test:sign</id><updated>2026-03-04T10:00:00Z</updated>"
           "<link href=\"" + server.url("/sign").toEncoded() + "\"/>"
           "<entry><title>Asthma management</title><id>urn:test:sign:158</id>"
           "<link href=\"" + server.url("/sign/158").toEncoded() + "\"/>"
           "<updated>2026-03-04T10:00:00Z</updated><summary>British guideline on asthma.</summary></entry>"
           "<entry><title>Diabetes in pregnancy</title><id>urn:test:sign:171</id>"
           "<link href=\"" + server.url("/sign/171").toEncoded() + "\"/>"
           "<updated>2026-01-10T10:00:00Z</updated><summary>Care before and during pregnancy.</summary></entry>"
           "</feed>";
}

void serveFeeds(LocalHttpServer& server)
{
    server.route("/rss.xml", [&server](QTcpSocket* s) { LocalHttpServer::html(s, rssFeed(server), "application/rss+xml"); });
    server.route("/atom.xml", [&server](QTcpSocket* s) { LocalHttpServer::html(s, atomFeed(server), "application/atom+xml"); });
    server.route("/silent", [](QTcpSocket*) {});
}

HttpFetcher::Options quickFeedOptions()
{
    HttpFetcher::Options options = FeedRefresher::defaultOptions();
    options.connectTimeoutSecs = 2;
    options.totalTimeoutSecs = 4;
    return options;
}

} // namespace

class TestEvidenceUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::setAnswerAll(QMessageBox::Ok);
        ImportRunner::workerStartHook = nullptr;
    }

    void addGuidelineByHand()
    {
        Fixture f;
        GuidelinesTab* tab = f.page.guidelines();
        QCOMPARE(tab->model()->rowCount(), 0);
        GuidelineDialog* dialog = tab->addManually();
        QVERIFY(dialog && dialog->isVisible());
        dialog->titleField()->setText(QStringLiteral("Hypertension in adults"));
        dialog->publisherField()->setText(QStringLiteral("NICE"));
        dialog->identifierField()->setText(QStringLiteral("NG136"));
        dialog->publishedField()->setText(QStringLiteral("2019-08-28"));
        dialog->accept();
        QCOMPARE(tab->model()->rowCount(), 1);
        auto stored = GuidelineRepository(f.session.database(), f.session.clock()).list();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().identifier, QStringLiteral("NG136"));
        QCOMPARE(stored->first().published, QDate(2019, 8, 28));
        QCOMPARE(tab->model()->index(0, GuidelineModel::TitleColumn).data().toString(), QStringLiteral("Hypertension in adults"));

        // A bad date keeps the dialog open with the reason.
        GuidelineDialog* again = tab->addManually();
        again->titleField()->setText(QStringLiteral("Sepsis"));
        again->updatedField()->setText(QStringLiteral("31/02/2024"));
        again->accept();
        QVERIFY(again->isVisible());
        QVERIFY(again->messageLabel()->text().contains(QStringLiteral("YYYY-MM-DD")));
        again->reject();
        QCOMPARE(tab->model()->rowCount(), 1);
    }

    void addGuidelineByUrl()
    {
        LocalHttpServer server;
        server.route("/guidance/ng136", [](QTcpSocket* s) {
            LocalHttpServer::html(s, "<html><head><title>Overview | Hypertension in adults | Guidance | NICE</title>"
                                     "<meta name=\"citation_title\" content=\"Hypertension in adults: diagnosis and management\">"
                                     "<meta name=\"citation_publisher\" content=\"NICE\">"
                                     "<meta name=\"citation_publication_date\" content=\"2019/08/28\">"
                                     "</head><body>x</body></html>");
        });
        QVERIFY(server.listen());
        Fixture f;
        GuidelinesTab* tab = f.page.guidelines();
        GuidelineDialog* dialog = tab->addByUrl();
        QSignalSpy done(dialog, &GuidelineDialog::fetchFinished);
        dialog->urlField()->setText(server.url("/guidance/ng136").toString());
        QTest::mouseClick(dialog->fetchButton(), Qt::LeftButton);
        QVERIFY(dialog->busyIndicator()->isVisible());
        QVERIFY(dialog->cancelFetchButton()->isVisible());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!dialog->busyIndicator()->isVisible());
        QCOMPARE(dialog->titleField()->text(), QStringLiteral("Hypertension in adults: diagnosis and management"));
        QCOMPARE(dialog->publisherField()->text(), QStringLiteral("NICE"));
        dialog->accept();
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->at(0)->publisher, QStringLiteral("NICE"));
    }

    void addByUrlErrors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time-out") << QByteArray("/silent") << QStringLiteral("did not answer within 1 s");
        QTest::newRow("404") << QByteArray("/missing") << QStringLiteral("404");
    }

    void addByUrlErrors()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, expected);
        LocalHttpServer server;
        server.route("/silent", [](QTcpSocket*) {}); // reads the request, never answers
        QVERIFY(server.listen());
        Fixture f;
        GuidelinesTab* tab = f.page.guidelines();
        HttpFetcher::Options options = PageMetadataFetcher::defaultOptions();
        options.connectTimeoutSecs = 1;
        options.totalTimeoutSecs = 2;
        tab->setFetchOptions(options);
        GuidelineDialog* dialog = tab->addByUrl();
        QSignalSpy done(dialog, &GuidelineDialog::fetchFinished);
        dialog->urlField()->setText(server.url(path).toString());

        // The event loop keeps turning while the fetch waits: a timer on the UI thread ticks.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QElapsedTimer clock;
        clock.start();
        dialog->fetch();
        QVERIFY(dialog->isFetching());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toBool(), false);
        if (path == "/silent")
            QVERIFY2(ticks >= clock.elapsed() / 20 / 3, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(clock.elapsed())));
        QVERIFY2(dialog->messageLabel()->text().contains(expected), qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->messageLabel()->isVisible());
        QVERIFY(!dialog->busyIndicator()->isVisible());
        QVERIFY(dialog->isVisible());
        // Offline, the details are typed by hand and saved.
        dialog->titleField()->setText(QStringLiteral("Typed by hand"));
        dialog->accept();
        QCOMPARE(tab->model()->rowCount(), 1);
    }

    void cancelFetch()
    {
        LocalHttpServer server;
        server.route("/silent", [](QTcpSocket*) {});
        QVERIFY(server.listen());
        Fixture f;
        GuidelineDialog* dialog = f.page.guidelines()->addByUrl(server.url("/silent").toString());
        QVERIFY(dialog->isFetching());
        QTest::mouseClick(dialog->cancelFetchButton(), Qt::LeftButton);
        QVERIFY(!dialog->isFetching());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("cancelled")));
    }

    void caseNoteRefusedByIdentifierCheck()
    {
        FlaggingCheck check;
        Fixture f(check);
        CaseNotesTab* tab = f.page.caseNotes();
        CaseNoteDialog* dialog = tab->addNote();
        dialog->summaryField()->setPlainText(QStringLiteral("Man in his 60s, NHS 943 476 5919, chest pain on exertion."));
        dialog->ageBandField()->setCurrentIndex(dialog->ageBandField()->findData(CaseNote::ageBands().value(5)));
        dialog->learningField()->setPlainText(QStringLiteral("Ask about exertional symptoms."));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("nhs-number")), qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->findingsList()->count(), 1);
        QVERIFY(dialog->findingsList()->item(0)->text().contains(QStringLiteral("943 476 5919")));
        QCOMPARE(tab->model()->rowCount(), 0);
        QCOMPARE(CaseNoteRepository(f.session.database(), f.session.clock(), check).list()->size(), 0);

        // Without the identifier it is saved.
        dialog->summaryField()->setPlainText(QStringLiteral("Man in his 60s, chest pain on exertion."));
        dialog->accept();
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->at(0)->ageBand, CaseNote::ageBands().value(5));
    }

    void importTwitterArchiveTwice()
    {
        Fixture f;
        const QString zip = twitterZip(f.journal.dir.path());
        SocialFindsTab* tab = f.page.finds();
        QSignalSpy finished(tab, &SocialFindsTab::importFinished);
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(tab->importRunner()->isRunning());
        QVERIFY(tab->importRunner()->progressDialog()->isVisible());
        QVERIFY(!tab->startImport(SocialFindsTab::Source::TwitterArchive, zip)); // one at a time
        QVERIFY(finished.wait(10000));
        auto summary = finished.first().at(0).value<ImportSummary>();
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(summary.imported, 3);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Imported: 3")));
        QVERIFY(!tab->importRunner()->progressDialog()->isVisible());
        QCOMPARE(tab->model()->rowCount(), 3);
        QCOMPARE(f.findsStored(), 3);
        const QModelIndex first = tab->model()->index(0, SocialFindModel::HashtagsColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("#wenurses"));
        QCOMPARE(tab->model()->index(0, SocialFindModel::PlatformColumn).data().toString(), QStringLiteral("X/Twitter"));
        // The chat among them is suggested.
        QCOMPARE(f.page.chats()->model()->rowCount(), 1);

        finished.clear();
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(finished.wait(10000));
        summary = finished.first().at(0).value<ImportSummary>();
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.duplicates, 3);
        QCOMPARE(tab->model()->rowCount(), 3);
        QCOMPARE(f.findsStored(), 3);
    }

    void cancelImportLeavesJournalUnchanged()
    {
        Fixture f;
        const QString zip = twitterZip(f.journal.dir.path());
        SocialFindsTab* tab = f.page.finds();
        const int entriesBefore = f.entriesStored();
        // Hold the worker until Cancel has been pressed.
        auto gate = std::make_shared<QSemaphore>(0);
        ImportRunner::workerStartHook = [gate] { gate->acquire(); };
        QSignalSpy finished(tab, &SocialFindsTab::importFinished);
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QProgressDialog* progress = tab->importRunner()->progressDialog();
        QVERIFY(progress->isVisible());
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate->release();
        QVERIFY(finished.wait(10000));
        ImportRunner::workerStartHook = nullptr;
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(f.findsStored(), 0);
        QCOMPARE(f.entriesStored(), entriesBefore);
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(!progress->isVisible());

        // A later import still works.
        finished.clear();
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.findsStored(), 3);
    }

    void quickCapture()
    {
        Fixture f;
        SocialFindsTab* tab = f.page.finds();
        tab->captureField()->setFocus();
        QTest::keyClicks(tab->captureField(), QStringLiteral("Great thread on frailty #AllOurHealth https://mastodon.social/@nhs/1"));
        QTest::keyClick(tab->captureField(), Qt::Key_Return);
        QCOMPARE(tab->model()->rowCount(), 1);
        QVERIFY(tab->captureField()->text().isEmpty());
        QCOMPARE(tab->model()->index(0, SocialFindModel::HashtagsColumn).data().toString(), QStringLiteral("#AllOurHealth"));
    }

    void acceptChatCreatesParticipatoryEntryInJournal()
    {
        TestJournal journal;
        MainWindow window(std::move(journal.db), journal.clock);
        window.show();
        auto* page = qobject_cast<EvidencePage*>(window.area(QStringLiteral("evidence")));
        QVERIFY(page);
        QVERIFY(window.areas().contains(QStringLiteral("evidence")));
        QAbstractItemModelTester chatsTester(page->chats()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findsTester(page->finds()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showArea(QStringLiteral("evidence"));

        QSignalSpy finished(page->finds(), &SocialFindsTab::importFinished);
        QVERIFY(page->finds()->startImport(SocialFindsTab::Source::TwitterArchive, twitterZip(journal.dir.path())));
        QVERIFY(finished.wait(10000));
        TweetChatsTab* chats = page->chats();
        QCOMPARE(chats->model()->rowCount(), 1);
        QVERIFY(chats->selectRow(0));
        const int before = window.journalPage()->listModel()->rowCount();
        QSignalSpy created(page, &EvidencePage::entryCreated);
        QTest::mouseClick(chats->acceptButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        const QString id = created.first().first().toString();
        auto entry = window.session().entries().get(id);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().message));
        QVERIFY(entry->participatoryHours > 0);
        QCOMPARE(entry->date, QDate(2026, 3, 3));
        QCOMPARE(chats->model()->rowCount(), 0); // accepted chats are no longer suggested
        QCOMPARE(window.journalPage()->listModel()->rowCount(), before + 1);
    }

    void feedsSubscribeRefreshAndConvert()
    {
        LocalHttpServer server;
        serveFeeds(server);
        QVERIFY(server.listen());
        Fixture f;
        FeedsTab* tab = f.page.feeds();
        tab->setFetchOptions(quickFeedOptions());
        QVERIFY(f.page.tabs()->indexOf(tab) >= 0);
        f.page.tabs()->setCurrentWidget(tab);
        QVERIFY(!tab->refreshButton()->isEnabled()); // nothing to refresh yet

        // Typed and Enter, then the button.
        tab->urlField()->setFocus();
        QTest::keyClicks(tab->urlField(), server.url("/rss.xml").toString());
        QTest::keyClick(tab->urlField(), Qt::Key_Return);
        QCOMPARE(tab->feedModel()->rowCount(), 1);
        QVERIFY(tab->urlField()->text().isEmpty());
        tab->urlField()->setText(server.url("/atom.xml").toString());
        QTest::mouseClick(tab->subscribeButton(), Qt::LeftButton);
        QCOMPARE(tab->feedModel()->rowCount(), 2);
        // The same address twice is refused.
        QVERIFY(!tab->subscribe(server.url("/atom.xml").toString()));
        QCOMPARE(tab->feedModel()->rowCount(), 2);

        QSignalSpy finished(tab, &FeedsTab::refreshFinished);
        QTest::mouseClick(tab->refreshButton(), Qt::LeftButton);
        QVERIFY(tab->isRefreshing());
        QVERIFY(tab->busyIndicator()->isVisible());
        QVERIFY(tab->cancelButton()->isVisible());
        QVERIFY(!tab->refreshButton()->isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 4);
        QVERIFY2(finished.first().at(1).toStringList().isEmpty(), qPrintable(finished.first().at(1).toStringList().join(u'\n')));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(!tab->isRefreshing());
        QVERIFY(!tab->busyIndicator()->isVisible());
        QVERIFY(!tab->cancelButton()->isVisible());
        QVERIFY(tab->refreshButton()->isEnabled());

        // The RSS feed's items, newest first, with their published day and link.
        int rss = -1;
        int atom = -1;
        for (int row = 0; row < tab->feedModel()->rowCount(); ++row) {
            if (tab->feedModel()->at(row)->url.endsWith(QStringLiteral("/rss.xml")))
                rss = row;
            else
                atom = row;
        }
        QVERIFY(rss >= 0 && atom >= 0);
        QCOMPARE(tab->feedModel()->index(rss, FeedModel::TitleColumn).data().toString(), QStringLiteral("NICE new guidance"));
        QVERIFY(tab->selectFeed(rss));
        QCOMPARE(tab->itemModel()->rowCount(), 2);
        QCOMPARE(tab->itemModel()->index(0, FeedItemModel::TitleColumn).data().toString(), QStringLiteral("Hypertension in adults"));
        QCOMPARE(tab->itemModel()->index(0, FeedItemModel::LinkColumn).data().toString(), server.url("/guidance/ng136").toString());
        QVERIFY(!tab->itemModel()->index(0, FeedItemModel::PublishedColumn).data().toString().isEmpty());
        QVERIFY(tab->selectFeed(atom));
        QCOMPARE(tab->itemModel()->rowCount(), 2);
        QCOMPARE(tab->itemModel()->index(0, FeedItemModel::TitleColumn).data().toString(), QStringLiteral("Asthma management"));

        // An Atom item becomes a guideline, through the prefilled guideline dialog.
        QVERIFY(tab->selectItem(0));
        QVERIFY(tab->guidelineButton()->isEnabled());
        GuidelineDialog* dialog = tab->makeGuideline();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->titleField()->text(), QStringLiteral("Asthma management"));
        dialog->accept();
        auto guidelines = GuidelineRepository(f.session.database(), f.session.clock()).list();
        QVERIFY(guidelines);
        QCOMPARE(guidelines->size(), 1);
        QCOMPARE(guidelines->first().title, QStringLiteral("Asthma management"));
        QCOMPARE(guidelines->first().url, server.url("/sign/158").toString());
        QCOMPARE(f.page.guidelines()->model()->rowCount(), 1);

        // Another (RSS) item becomes a draft journal entry, announced like an accepted chat.
        QVERIFY(tab->selectFeed(rss));
        QVERIFY(tab->selectItem(1));
        const int entriesBefore = f.entriesStored();
        QSignalSpy created(&f.page, &EvidencePage::entryCreated);
        QTest::mouseClick(tab->entryButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        QCOMPARE(f.entriesStored(), entriesBefore + 1);
        auto entry = f.session.entries().get(created.first().first().toString());
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().message));
        QCOMPARE(entry->title, QStringLiteral("Sepsis: recognition"));
        QCOMPARE(entry->status, QStringLiteral("draft"));

        // A second refresh adds nothing.
        finished.clear();
        QVERIFY(tab->refreshAll());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
    }

    void feedEntryShowsInJournal()
    {
        LocalHttpServer server;
        serveFeeds(server);
        QVERIFY(server.listen());
        TestJournal journal;
        MainWindow window(std::move(journal.db), journal.clock);
        window.show();
        auto* page = qobject_cast<EvidencePage*>(window.area(QStringLiteral("evidence")));
        QVERIFY(page);
        QAbstractItemModelTester feedsTester(page->feeds()->feedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itemsTester(page->feeds()->itemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showArea(QStringLiteral("evidence"));
        FeedsTab* tab = page->feeds();
        tab->setFetchOptions(quickFeedOptions());
        QVERIFY(tab->subscribe(server.url("/rss.xml").toString()));
        QSignalSpy finished(tab, &FeedsTab::refreshFinished);
        QVERIFY(tab->refreshAll());
        QVERIFY(finished.wait(10000));
        QVERIFY(tab->selectFeed(0));
        QVERIFY(tab->selectItem(0));
        const int before = window.journalPage()->listModel()->rowCount();
        QVERIFY(!tab->makeEntry().isEmpty());
        QCOMPARE(window.journalPage()->listModel()->rowCount(), before + 1);
    }

    void feedErrorsLeaveWindowUsable()
    {
        LocalHttpServer server;
        serveFeeds(server);
        QVERIFY(server.listen());
        Fixture f;
        FeedsTab* tab = f.page.feeds();
        tab->setFetchOptions(quickFeedOptions());
        f.page.tabs()->setCurrentWidget(tab);
        QVERIFY(tab->subscribe(server.url("/missing.xml").toString()));
        QVERIFY(tab->subscribe(server.url("/rss.xml").toString()));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QSignalSpy finished(tab, &FeedsTab::refreshFinished);
        QVERIFY(tab->refreshAll());
        QVERIFY(tab->busyIndicator()->isVisible());
        QVERIFY(!tab->refreshAll()); // one at a time
        QVERIFY(finished.wait(10000));
        const QStringList errors = finished.first().at(1).toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("404")), qPrintable(errors.first()));
        QCOMPARE(finished.first().at(0).toInt(), 2); // the other feed still refreshed
        QVERIFY(tab->messageLabel()->isVisible());
        QVERIFY2(tab->messageLabel()->text().contains(QStringLiteral("404")), qPrintable(tab->messageLabel()->text()));
        bool statusShown = false;
        for (int row = 0; row < tab->feedModel()->rowCount(); ++row)
            if (tab->feedModel()->at(row)->url.endsWith(QStringLiteral("/missing.xml")))
                statusShown = tab->feedModel()->index(row, FeedModel::StatusColumn).data().toString().contains(QStringLiteral("404"));
        QVERIFY(statusShown);
        // Still usable: the refresh can run again and the other tabs work.
        QVERIFY(tab->refreshButton()->isEnabled());
        QVERIFY(!tab->busyIndicator()->isVisible());
        QVERIFY(f.page.finds()->capture(QStringLiteral("https://example.org/post #WeLearn")));

        // A feed that never answers: Cancel stops at once, and nothing waits on it.
        QVERIFY(tab->subscribe(server.url("/silent").toString()));
        finished.clear();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(tab->refreshAll());
        QTimer::singleShot(200, tab->cancelButton(), [tab] { QTest::mouseClick(tab->cancelButton(), Qt::LeftButton); });
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(ticks > 0);
        QVERIFY(!tab->isRefreshing());
        QVERIFY(tab->refreshButton()->isEnabled());
    }

    void twitterImportFilters()
    {
        Fixture f;
        const QString zip = twitterZip(f.journal.dir.path());
        SocialFindsTab* tab = f.page.finds();
        QSignalSpy finished(tab, &SocialFindsTab::importFinished);
        tab->hashtagFilterField()->setText(QStringLiteral("#WeNurses, AllOurHealth"));
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).value<ImportSummary>().imported, 2);
        QCOMPARE(f.findsStored(), 2);
        for (int row = 0; row < tab->model()->rowCount(); ++row)
            QCOMPARE(tab->model()->index(row, SocialFindModel::HashtagsColumn).data().toString(), QStringLiteral("#wenurses"));

        // A date that is not one: nothing starts.
        tab->hashtagFilterField()->clear();
        tab->sinceFilterField()->setText(QStringLiteral("3 March"));
        QVERIFY(!tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(!tab->importRunner()->isRunning());
    }

    void twitterImportSince()
    {
        Fixture f;
        const QString zip = twitterZip(f.journal.dir.path());
        SocialFindsTab* tab = f.page.finds();
        QSignalSpy finished(tab, &SocialFindsTab::importFinished);
        tab->sinceFilterField()->setText(QStringLiteral("2026-03-01"));
        QVERIFY(tab->startImport(SocialFindsTab::Source::TwitterArchive, zip));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).value<ImportSummary>().imported, 2);
        QCOMPARE(f.findsStored(), 2);
    }
};

QTEST_MAIN(TestEvidenceUi)
#include "tst_evidenceui.moc"
