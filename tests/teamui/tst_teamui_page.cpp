// The Team area offscreen: two members' real signed bundles (core API, in-memory keychains)
// imported into a manager's journal through the page; the table's order and words, the filter,
// the heatmap's numbers, drill-down showing shared entries only, notes and sign-off kept in the
// journal, a rejected file's reason, "Export my summary…" with a missing keychain, and the Team
// area and menu in the main window.
#include "TeamUiFixtures.h"
#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "team/TeamArea.h"
#include "team/TeamBundleImporter.h"
#include "team/TeamCoverageModel.h"
#include "team/TeamExportDialog.h"
#include "team/TeamMemberDialog.h"
#include "team/TeamPage.h"
#include "team/TeamStore.h"
#include "team/TeamTableModel.h"
#include "teamserver/TeamServerSettingsStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace cpd;
using namespace cpd::test;

namespace {

const QString kShared = QStringLiteral("Spacer technique was the gap we found.");
const QString kPrivate = QStringLiteral("PRIVATE-REFLECTION-never-for-the-manager");

QString cellText(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestTeamUiPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TeamMember> m_alex;  // registration renews soon: due soon
    std::unique_ptr<TeamMember> m_blair; // years left: on track
    QString m_alexShared;

    // A manager's journal with both members imported through the page.
    std::unique_ptr<TeamPage> importedPage(TestJournal& manager)
    {
        auto page = std::make_unique<TeamPage>(*manager.db, manager.clock, m_alex->catalogue);
        const auto results =
            page->importFiles({bundle(*m_alex, QStringLiteral("alex.cpdteam"), {m_alexShared}),
                               bundle(*m_blair, QStringLiteral("blair.cpdteam"))});
        if (results.size() != 2 || results.at(0).kind != TeamPage::ImportResult::Accepted ||
            results.at(1).kind != TeamPage::ImportResult::Accepted)
            qFatal("import failed: %s", qPrintable(results.value(0).text + results.value(1).text));
        return page;
    }
    QString bundle(TeamMember& m, const QString& name, const QStringList& share = {})
    {
        return m.exportTo(m_dir.filePath(name), share);
    }

private slots:
    void initTestCase()
    {
        MessageBox::setAnswerAll(QMessageBox::Ok);
        m_alex = std::make_unique<TeamMember>(QStringLiteral("Alex Morgan"), QDate(2026, 4, 30));
        m_alexShared = m_alex->addEntry(QStringLiteral("Asthma update (shared)"), kShared);
        m_alex->addEntry(QStringLiteral("Difficult conversation (private)"), kPrivate);
        m_blair = std::make_unique<TeamMember>(QStringLiteral("Blair Evans"), QDate(2028, 9, 30));
        m_blair->addEntry(QStringLiteral("Blair's course"), QStringLiteral("Blair's own words"));
    }

    void tableIsSortedByUrgencyWithWordsAndNumbers()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        QAbstractItemModel* view = page->table()->model();
        QCOMPARE(view->rowCount(), 2);
        // The dashboard's urgency order, not a column sort (Alex would come first by name too).
        QCOMPARE(page->tableProxy()->sortColumn(), -1);
        QCOMPARE(page->tableModel()->dashboard().members.at(0).name, QStringLiteral("Alex Morgan"));
        QCOMPARE(cellText(view, 0, TeamTableModel::Member), QStringLiteral("Alex Morgan"));
        QCOMPARE(cellText(view, 1, TeamTableModel::Member), QStringLiteral("Blair Evans"));
        QCOMPARE(cellText(view, 0, TeamTableModel::Status),
                 TeamDashboard::urgencyLabel(TeamDashboard::Urgency::DueSoon));
        QCOMPARE(cellText(view, 1, TeamTableModel::Status),
                 TeamDashboard::urgencyLabel(TeamDashboard::Urgency::OnTrack));
        QCOMPARE(cellText(view, 0, TeamTableModel::Registration), QStringLiteral("12A3456E"));
        QVERIFY2(cellText(view, 0, TeamTableModel::DaysLeft).contains(QLatin1String("day")),
                 qPrintable(cellText(view, 0, TeamTableModel::DaysLeft)));
        // Every requirement cell: numbers and a status word, plus a colour (never colour alone).
        QVERIFY(view->columnCount() > TeamTableModel::FirstRequirement);
        const QString header =
            view->headerData(TeamTableModel::FirstRequirement, Qt::Horizontal).toString();
        QVERIFY2(header.startsWith(QLatin1String("NMC: ")), qPrintable(header));
        for (int c = TeamTableModel::FirstRequirement; c < view->columnCount(); ++c) {
            const QString text = cellText(view, 0, c);
            QVERIFY2(QRegularExpression(
                         QStringLiteral(
                             "^[0-9.]+ of [0-9.]+ \\w+, (due soon|overdue|on track|complete)$"),
                         QRegularExpression::CaseInsensitiveOption)
                         .match(text)
                         .hasMatch(),
                     qPrintable(text));
            QVERIFY(view->index(0, c).data(Qt::BackgroundRole).value<QColor>().isValid());
        }
        // The status colour differs between due soon and on track.
        QVERIFY(view->index(0, TeamTableModel::Status).data(Qt::BackgroundRole) !=
                view->index(1, TeamTableModel::Status).data(Qt::BackgroundRole));
    }

    void filterNarrowsTheTable()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        QTest::keyClicks(page->filter(), QStringLiteral("blair"));
        QCOMPARE(page->table()->model()->rowCount(), 1);
        QCOMPARE(cellText(page->table()->model(), 0, TeamTableModel::Member),
                 QStringLiteral("Blair Evans"));
        page->filter()->clear();
        QCOMPARE(page->table()->model()->rowCount(), 2);
        QTest::keyClicks(page->filter(),
                         TeamDashboard::urgencyLabel(TeamDashboard::Urgency::DueSoon));
        QCOMPARE(page->table()->model()->rowCount(), 1);
        QCOMPARE(cellText(page->table()->model(), 0, TeamTableModel::Member),
                 QStringLiteral("Alex Morgan"));
    }

    void teamReportFromThePage()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        const QString path = m_dir.filePath(QStringLiteral("team-report.pdf"));
        auto written = page->writeReport(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(4) == "%PDF");
        // A folder that is not there: said, nothing written.
        QVERIFY(!page->writeReport(m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"))));
    }

    void heatmapCarriesNumbers()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        TeamCoverageModel* model = page->coverageModel();
        // The sample entries all map to air pollution: Alex has two, Blair one.
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->topicId(r) == QLatin1String("air-pollution"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alex Morgan"));
        QCOMPARE(model->index(row, 0).data().toInt(), 2);
        QCOMPARE(model->index(row, 1).data().toInt(), 1);
        QCOMPARE(model->index(row, model->membersCoveringColumn()).data().toInt(), 2);
        QCOMPARE(model->index(row, model->entriesColumn()).data().toInt(), 3);
        // Words as well as the number ("2 entries" once the plural forms are loaded).
        const QString spoken = model->index(row, 0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QLatin1String("Alex Morgan, ")) &&
                     spoken.contains(QLatin1String(": 2 entr")),
                 qPrintable(spoken));
        // More entries, stronger colour; both from the palette.
        const QColor more = model->index(row, 0).data(Qt::BackgroundRole).value<QColor>();
        const QColor fewer = model->index(row, 1).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(more.isValid() && fewer.isValid() && more != fewer);
    }

    void drillDownShowsSharedEntriesOnly()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        // Enter on the first row opens Alex's summary.
        page->show();
        page->table()->setFocus();
        page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        auto* dialog = page->findChild<TeamMemberDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->summary().name, QStringLiteral("Alex Morgan"));
        QVERIFY(dialog->requirementsTable()->rowCount() > 0);
        QCOMPARE(dialog->sharedList()->count(), 1);
        QVERIFY(dialog->sharedList()->item(0)->text().contains(
            QLatin1String("Asthma update (shared)")));
        QVERIFY(dialog->sharedView()->toPlainText().contains(kShared));
        // The unshared entry is nowhere: not in the dialog, not even in the stored summary.
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (auto* b = qobject_cast<QTextBrowser*>(w))
                QVERIFY(!b->toPlainText().contains(kPrivate));
            if (auto* l = qobject_cast<QListWidget*>(w)) {
                for (int i = 0; i < l->count(); ++i)
                    QVERIFY(!l->item(i)->text().contains(QLatin1String("Difficult conversation")));
            }
        }
        QVERIFY(!QJsonDocument(dialog->summary().toJson()).toJson().contains(kPrivate.toUtf8()));
        dialog->close();

        TeamMemberDialog* blair = page->openMember(m_blair->memberId);
        QVERIFY(blair);
        QCOMPARE(blair->sharedList()->count(), 0);
        blair->close();
    }

    void notesAndSignOffPersist()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        TeamMemberDialog* dialog = page->openMember(m_alex->memberId);
        QVERIFY(dialog);
        QVERIFY(!dialog->addNote(QStringLiteral("   "))); // refused, said why
        QVERIFY(dialog->addNote(QStringLiteral("Discussed the revalidation plan at our 1:1.")));
        QVERIFY(!dialog->signOff(QString(), QStringLiteral("no name")));
        QVERIFY(dialog->signOff(QStringLiteral("Pat Manager"),
                                QStringLiteral("Reviewed for appraisal")));
        QCOMPARE(dialog->notesList()->count(), 1);
        QVERIFY(dialog->signOffList()->item(0)->text().contains(QLatin1String("Pat Manager")));
        dialog->close();

        // In the journal: a new store (as after a restart) reads them back, and a new dialog shows
        // them.
        TeamStore store(*manager.db, manager.clock);
        auto notes = store.notes(m_alex->memberId);
        QVERIFY(notes && notes->size() == 1);
        QCOMPARE(notes->first().text,
                 QStringLiteral("Discussed the revalidation plan at our 1:1."));
        auto signOffs = store.signOffs(m_alex->memberId);
        QVERIFY(signOffs && signOffs->size() == 1);
        QCOMPARE(signOffs->first().signedBy, QStringLiteral("Pat Manager"));
        QCOMPARE(signOffs->first().summarySequence, dialog->summary().sequence);
        TeamPage again(*manager.db, manager.clock, m_alex->catalogue);
        TeamMemberDialog* reopened = again.openMember(m_alex->memberId);
        QVERIFY(reopened);
        QVERIFY(
            reopened->notesList()->item(0)->text().contains(QLatin1String("revalidation plan")));
        QVERIFY(reopened->signOffList()->item(0)->text().contains(
            QLatin1String("Reviewed for appraisal")));
    }

    void importSaysWhatHappenedToEachFile()
    {
        TestJournal manager;
        TeamPage page(*manager.db, manager.clock, m_alex->catalogue);
        const QString older = bundle(*m_blair, QStringLiteral("blair-1.cpdteam"));
        const QString newer = bundle(*m_blair, QStringLiteral("blair-2.cpdteam"));
        QFile junk(m_dir.filePath(QStringLiteral("junk.cpdteam")));
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not a bundle at all") > 0);
        junk.close();

        auto results = page.importFiles({older, junk.fileName()});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).kind, TeamPage::ImportResult::Accepted);
        QVERIFY2(results.at(0).text.contains(QLatin1String("check this key fingerprint")),
                 qPrintable(results.at(0).text));
        QCOMPARE(results.at(1).kind, TeamPage::ImportResult::Rejected);
        QVERIFY2(results.at(1).text.contains(QLatin1String("junk.cpdteam")),
                 qPrintable(results.at(1).text));
        QCOMPARE(page.importResults()->count(), 2);

        results = page.importFiles({newer, older});
        QCOMPARE(results.at(0).kind, TeamPage::ImportResult::Replaced);
        QVERIFY2(results.at(0).text.contains(QLatin1String("replacing the older summary")),
                 qPrintable(results.at(0).text));
        QVERIFY(!results.at(0).text.contains(QLatin1String("fingerprint"))); // known member now
        QCOMPARE(results.at(1).kind, TeamPage::ImportResult::Rejected);      // the replay
        QCOMPARE(page.table()->model()->rowCount(), 1);
    }

    void exportMySummaryNamesAMissingKeychain()
    {
        TeamMember carol(QStringLiteral("Carol Price"), QDate(2027, 1, 31));
        const QString entry =
            carol.addEntry(QStringLiteral("Carol's shared entry"), QStringLiteral("Carol's words"));
        TeamExportDialog dialog(*carol.journal.db, carol.journal.clock, carol.secrets,
                                carol.catalogue);
        QCOMPARE(dialog.entryList()->count(), 1);
        dialog.setShared({entry});
        QCOMPARE(dialog.sharedEntryIds(), QStringList{entry});
        const QString path = m_dir.filePath(QStringLiteral("carol.cpdteam"));
        QVERIFY(dialog.exportTo(path));
        TestJournal manager;
        auto imported = TeamBundleImporter(*manager.db, manager.clock).importFile(path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        auto summary = TeamStore(*manager.db, manager.clock).summary(carol.memberId);
        QCOMPARE((*summary)->sharedEntries.size(), 1);

        // The keychain refuses: the dialog says so, nothing is written.
        TeamMember dave(QStringLiteral("Dave Hughes"), QDate(2027, 1, 31));
        dave.secrets.remove(TeamIdentity::secretKeyName(dave.memberId));
        TeamExportDialog second(*dave.journal.db, dave.journal.clock, dave.secrets, dave.catalogue);
        const QString none = m_dir.filePath(QStringLiteral("dave.cpdteam"));
        auto refused = second.exportTo(none);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("keychain")),
                 qPrintable(refused.error().message));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("keychain")));
        QVERIFY(!QFile::exists(none));
    }

    void serverThatCannotBeUsedKeepsTheBundles()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        auto* choice = page->findChild<QComboBox*>(QStringLiteral("teamSourceChoice"));
        QVERIFY(choice);
        QVERIFY(choice->isHidden()); // no server set up: nothing to choose
        // A server set up, but no password in the keychain: the page says why, bundles stay.
        TeamServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 1;
        settings.database = QStringLiteral("cpd");
        settings.user = QStringLiteral("manager");
        settings.connectTimeoutSeconds = 1;
        QVERIFY(TeamServerSettingsStore(*manager.db, manager.clock).save(settings));
        TeamPage withServer(*manager.db, manager.clock, m_alex->catalogue);
        withServer.setSecretStoreFactory([] { return std::make_unique<MemorySecretStore>(); });
        choice = withServer.findChild<QComboBox*>(QStringLiteral("teamSourceChoice"));
        QVERIFY(!choice->isHidden());
        QCOMPARE(withServer.source().description(),
                 TeamStore(*manager.db, manager.clock).description());
        withServer.show();
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("team server")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(choice->currentIndex(), 0);
        QCOMPARE(withServer.table()->model()->rowCount(), 2);
    }

    void everyControlHasAnAccessibleName()
    {
        TestJournal manager;
        auto page = importedPage(manager);
        TeamMemberDialog* dialog = page->openMember(m_alex->memberId);
        QVERIFY(dialog);
        QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* w : std::as_const(widgets)) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QAbstractItemView*>(w);
            if (!control || w->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QLineEdit*>(w->parent()) ||
                qobject_cast<QAbstractItemView*>(w->parent()) || w->inherits("QHeaderView") ||
                w->inherits("QTabBar") ||
                qobject_cast<QAbstractButton*>(w) && w->parent()->inherits("QDialogButtonBox"))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                                w->objectName()));
        }
    }

    void teamAreaAndMenuInTheWindow()
    {
        TestJournal j;
        auto db = Database::open(j.dir.filePath(QStringLiteral("window.cpdj")));
        QVERIFY(db);
        MainWindow window(std::move(*db), j.clock);
        QVERIFY(window.areas().contains(TeamArea::kId));
        QVERIFY(qobject_cast<TeamPage*>(window.area(TeamArea::kId)));
        QMenu* menu = TeamArea::menu(window);
        QVERIFY(menu);
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        QCOMPARE(menus.at(menus.size() - 2), menu->menuAction()); // just before Help
        QStringList names;
        for (QAction* a : menu->actions())
            names << a->objectName();
        QVERIFY2(names.contains(QStringLiteral("teamReportAction")) &&
                     names.contains(QStringLiteral("importBundlesAction")),
                 qPrintable(names.join(u',')));
    }
};

QTEST_MAIN(TestTeamUiPage)
#include "tst_teamui_page.moc"
