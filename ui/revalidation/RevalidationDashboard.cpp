#include "revalidation/RevalidationDashboard.h"

#include "common/MessageBox.h"
#include "journal/EntryRepository.h"
#include "revalidation/ProfileDialog.h"
#include "revalidation/ProgressDelegate.h"
#include "revalidation/RecordDialog.h"
#include "revalidation/RequirementModel.h"
#include "revalidation/StatusLoader.h"
#include "standards/DeadlineReminder.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cpd {
namespace {

constexpr int kEvidenceShown = 200;
constexpr qsizetype kMonthLabels = 12; // at most this many month labels under the hours chart

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

RevalidationDashboard::RevalidationDashboard(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_standards(StandardRegistry::withBuiltIns())
{
    setAccessibleName(tr("Revalidation"));
    // Every widget is made inside its final parent: under the application's style sheet, moving
    // a widget to another parent polishes it again (start-up builds this page before the first paint).
    m_stack = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_stack);

    // Before there is a profile: one sentence and one button.
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* intro = new QLabel(tr("Tell CPD Journal about your registration and it will show how far you are "
                                "with revalidation or appraisal, and what is still missing."),
                             empty);
    intro->setWordWrap(true);
    m_setUp = new QPushButton(tr("Set up my profile…"), empty);
    m_setUp->setAccessibleName(tr("Set up my revalidation profile"));
    connect(m_setUp, &QPushButton::clicked, this, &RevalidationDashboard::editProfile);
    emptyLayout->addStretch();
    emptyLayout->addWidget(intro);
    emptyLayout->addWidget(m_setUp, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(page);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_standardBox = new QComboBox(page);
    m_standardBox->setAccessibleName(tr("Standard"));
    connect(m_standardBox, &QComboBox::currentIndexChanged, this, &RevalidationDashboard::updateStatus);
    auto* profileButton = new QPushButton(tr("Edit profile…"), page);
    profileButton->setAccessibleName(tr("Edit revalidation profile"));
    connect(profileButton, &QPushButton::clicked, this, &RevalidationDashboard::editProfile);
    auto* recordButton = new QPushButton(tr("Add record…"), page);
    recordButton->setAccessibleName(tr("Add a revalidation record"));
    connect(recordButton, &QPushButton::clicked, this, &RevalidationDashboard::addRecord);
    top->addWidget(m_title, 1);
    top->addWidget(m_standardBox);
    top->addWidget(profileButton);
    top->addWidget(recordButton);
    layout->addLayout(top);

    m_deadline = new QLabel(page);
    m_deadline->setAccessibleName(tr("Application date"));
    m_deadline->setWordWrap(true);
    layout->addWidget(m_deadline);
    m_reminder = new QLabel(page);
    m_reminder->setAccessibleName(tr("Deadline reminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setFrameShape(QFrame::StyledPanel);
    m_reminder->setVisible(false);
    layout->addWidget(m_reminder);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    m_model = new RequirementModel(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Requirements"));
    m_table->setItemDelegateForColumn(RequirementModel::Progress, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RequirementModel::Requirement, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequirementModel::Progress, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RequirementModel::Progress, 220);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) { showEvidence(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showEvidence(current.row()); });
    splitter->addWidget(m_table);

    m_missing = new QLabel(splitter);
    m_missing->setAccessibleName(tr("What is missing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    splitter->addWidget(m_missing);

    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    m_evidence = new QListWidget(lower);
    m_evidence->setAccessibleName(tr("Entries and records behind the requirement"));
    m_evidence->setWordWrap(true); // a record's line is long; the list is narrow beside the chart
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(Qt::UserRole + 1).toBool())
            emit openEntryRequested(item->data(Qt::UserRole).toString());
    });
    lower->addWidget(m_evidence);
    m_chartView = new QChartView(lower);
    m_chartView->setAccessibleName(tr("CPD hours by month, participatory and other"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    lower->addWidget(m_chartView);
    // The chart takes seven tenths from the start: its figures (and so its size hint) arrive
    // after the page is first shown.
    lower->setStretchFactor(1, 1);
    lower->setSizes({300, 700});
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(page);

    m_loader = new StatusLoader(this);
    connect(m_loader, &StatusLoader::loaded, this, &RevalidationDashboard::showStatus);
    refresh();
}

RevalidationDashboard::~RevalidationDashboard() = default;

QChart* RevalidationDashboard::hoursChart() const
{
    return m_chartView->chart();
}

bool RevalidationDashboard::hasProfile() const
{
    return m_stack->currentIndex() == 1;
}

QString RevalidationDashboard::standard() const
{
    return m_standardBox->currentData().toString();
}

void RevalidationDashboard::setStandard(const QString& id)
{
    const int i = m_standardBox->findData(id);
    if (i >= 0)
        m_standardBox->setCurrentIndex(i);
}

void RevalidationDashboard::refresh()
{
    auto profile = ProfileRepository(m_db, m_clock).load();
    if (!profile) {
        showError(profile.error().message);
        return;
    }
    if (!*profile) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QString previous = standard();
    const QSignalBlocker block(m_standardBox);
    m_standardBox->clear();
    const QStringList ids = m_standards.applicableTo(**profile);
    for (const QString& id : ids)
        m_standardBox->addItem(m_standards.find(id)->name(), id);
    if (const int i = m_standardBox->findData(previous); i >= 0)
        m_standardBox->setCurrentIndex(i);
    m_standardBox->setVisible(ids.size() > 1);
    m_stack->setCurrentIndex(1);
    updateStatus();
}

void RevalidationDashboard::updateStatus()
{
    const QString id = standard();
    if (id.isEmpty()) {
        m_title->setText(tr("Revalidation"));
        m_deadline->setText(tr("Add a registration expiry (NMC) or a next appraisal date (GP) to your profile to "
                               "see your progress."));
        m_statusDue = false;
        m_loader->discard();
        m_model->setStatus({});
        m_missing->clear();
        m_reminder->hide();
        return;
    }
    // Worked out on a worker thread (StatusLoader); showStatus() fills the page when it is done.
    if (m_model->rowCount() == 0) {
        m_title->setText(tr("Revalidation"));
        m_deadline->setText(tr("Working out your progress…"));
    }
    // The work starts once the page has painted: on a two-core machine a worker reading a large
    // journal would otherwise compete with the window's first paint.
    m_statusDue = true;
    if (m_painted)
        requestStatus();
}

void RevalidationDashboard::requestStatus()
{
    if (!m_statusDue)
        return;
    m_statusDue = false;
    const QString id = standard();
    if (!id.isEmpty())
        m_loader->request(m_db.path(), id, m_clock.today());
}

void RevalidationDashboard::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &RevalidationDashboard::requestStatus);
    }
}

bool RevalidationDashboard::isUpdating() const
{
    return m_statusDue || m_loader->isBusy();
}

void RevalidationDashboard::showStatus(const StatusLoader::Outcome& outcome)
{
    if (!outcome.status) {
        showError(outcome.status.error().message);
        return;
    }
    const RevalidationStatus& s = *outcome.status;
    m_title->setText(tr("%1: %2 to %3").arg(s.name, longDate(s.period.start), longDate(s.period.end)));
    const qint64 days = s.daysToApplication();
    QString deadline;
    if (days > 1)
        deadline = tr("%Ln days to the application date (%1).", nullptr, int(days)).arg(longDate(s.applicationDate));
    else if (days == 1)
        deadline = tr("The application date is tomorrow (%1).").arg(longDate(s.applicationDate));
    else if (days == 0)
        deadline = tr("The application date is today (%1).").arg(longDate(s.applicationDate));
    else
        deadline = tr("The application date (%1) has passed; update your profile once you have renewed.")
                       .arg(longDate(s.applicationDate));
    if (days >= 0 && s.applicationOpens > s.asOf)
        deadline += QLatin1Char(' ') + tr("The application opens on %1.").arg(longDate(s.applicationOpens));
    else if (days >= 0)
        deadline += QLatin1Char(' ') + tr("The application is open.");
    m_deadline->setText(deadline);
    const auto reminderText = DeadlineReminder::text(s);
    m_reminder->setText(reminderText.value_or(QString()));
    m_reminder->setVisible(reminderText.has_value());

    const int chosen = m_table->currentIndex().row();
    m_model->setStatus(s);
    const QStringList missing = s.missing();
    m_missing->setText(missing.isEmpty()
                           ? tr("Everything is in place.")
                           : tr("Still missing:") + QLatin1Char('\n') + QStringLiteral("• ")
                                 + missing.join(QStringLiteral("\n• ")));
    selectRequirement(chosen);
    updateChart(outcome.months);
    emit statusShown();
}

void RevalidationDashboard::selectRequirement(int row)
{
    // The list beside the table is never left empty: the requirement chosen before, else the first
    // one still missing something, else the first.
    if (!m_model->requirementAt(row)) {
        row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (!m_model->requirementAt(i)->met) {
                row = i;
                break;
            }
        }
    }
    if (m_model->rowCount() == 0) {
        m_evidence->clear();
        return;
    }
    if (m_table->currentIndex().row() == row)
        showEvidence(row);
    else // currentRowChanged shows its evidence
        m_table->setCurrentIndex(m_model->index(row, RequirementModel::Requirement));
}

void RevalidationDashboard::updateChart(const Result<QList<MonthHours>>& months)
{
    // The same chart, with its series and axes replaced.
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
    chart->setTitle(tr("CPD hours by month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (months) {
        auto* participatory = new QBarSet(tr("Participatory"));
        auto* other = new QBarSet(tr("Other CPD"));
        // Patterns as well as colours, so the two stay apart in greyscale and for colour blindness.
        other->setBrush(QBrush(QColor(0x9e, 0xb8, 0xd9), Qt::Dense4Pattern));
        double top = 0;
        for (const MonthHours& m : std::as_const(*months)) {
            participatory->append(m.participatory);
            other->append(m.other);
            top = qMax(top, m.participatory + m.other);
        }
        auto* series = new QStackedBarSeries;
        series->append(participatory);
        series->append(other);
        chart->addSeries(series);
        // A three-year period has up to 36 bars, too many for a label each ("Jul 25" turned on its
        // side is cut to "…"): label every nth month, level, under its bar.
        const qsizetype count = months->size();
        const qsizetype step = (count + kMonthLabels - 1) / kMonthLabels;
        auto* x = new QCategoryAxis;
        x->setRange(-0.5, qMax<double>(0.5, double(count) - 0.5));
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setGridLineVisible(false);
        for (qsizetype i = 0; i < count; i += qMax<qsizetype>(1, step))
            x->append(QLocale().toString(months->at(i).month, QStringLiteral("MMM yy")), double(i));
        auto* y = new QValueAxis;
        y->setRange(0, qMax(1.0, top * 1.1));
        y->applyNiceNumbers(); // hours at 0, 10, 20…, not 11.4, 22.8…
        y->setLabelFormat(QStringLiteral("%g"));
        y->setTitleText(tr("Hours"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void RevalidationDashboard::showEvidence(int row)
{
    m_evidence->clear();
    const RequirementProgress* r = m_model->requirementAt(row);
    if (!r)
        return;
    EntryRepository entries(m_db, m_clock);
    for (qsizetype i = 0; i < r->entries.size() && i < kEvidenceShown; ++i) {
        auto e = entries.get(r->entries.at(i));
        if (!e)
            continue;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(e->date.toString(Qt::ISODate), e->title), m_evidence);
        item->setData(Qt::UserRole, e->id);
        item->setData(Qt::UserRole + 1, true);
    }
    if (r->entries.size() > kEvidenceShown)
        new QListWidgetItem(
            tr("…and %Ln more entries", nullptr, int(r->entries.size() - kEvidenceShown)),
            m_evidence);
    RecordRepository records(m_db, m_clock);
    for (const QString& id : r->records) {
        auto rec = records.get(id);
        if (!rec)
            continue;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(rec->span().end.toString(Qt::ISODate), rec->describe()),
                                         m_evidence);
        item->setData(Qt::UserRole, rec->id);
        item->setData(Qt::UserRole + 1, false);
    }
    if (m_evidence->count() == 0)
        new QListWidgetItem(r->met ? tr("Nothing to list.") : tr("Nothing counts towards this yet: %1").arg(r->missing),
                            m_evidence);
}

void RevalidationDashboard::editProfile()
{
    auto current = ProfileRepository(m_db, m_clock).load();
    ProfileDialog dialog(this);
    if (current && *current)
        dialog.setProfile(**current);
    while (dialog.exec() == QDialog::Accepted) {
        auto profile = dialog.profile();
        if (!profile) {
            MessageBox::warning(this, tr("Profile"), profile.error().message);
            continue;
        }
        if (auto ok = ProfileRepository(m_db, m_clock).save(*profile); !ok) {
            showError(ok.error().message);
            return;
        }
        refresh();
        emit profileChanged();
        return;
    }
}

void RevalidationDashboard::addRecord()
{
    RecordDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        auto record = dialog.record();
        if (!record) {
            MessageBox::warning(this, tr("Record"), record.error().message);
            continue;
        }
        if (auto added = RecordRepository(m_db, m_clock).add(*record); !added) {
            showError(added.error().message);
            return;
        }
        updateStatus();
        return;
    }
}

void RevalidationDashboard::showError(const QString& message)
{
    MessageBox::critical(this, tr("Revalidation"), message);
}

std::optional<QString> RevalidationDashboard::reminder() const
{
    return DeadlineReminder::forJournal(m_db, m_standards, m_clock);
}

} // namespace cpd
