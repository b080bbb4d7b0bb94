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
                                      static_cast<QAbstractItemModel*>(page.caseNotes()->model())})
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
        auto* page = window.findChild<EvidencePage*>();
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
};

QTEST_MAIN(TestEvidenceUi)
#include "tst_evidenceui.moc"
