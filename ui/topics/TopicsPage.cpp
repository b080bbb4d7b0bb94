#include "topics/TopicsPage.h"

#include "journal/EntryRepository.h"
#include "journal/Vocabulary.h"
#include "storage/Database.h"
#include "topics/TopicCoverage.h"
#include "topics/TopicCoverageModel.h"
#include "util/Clock.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cpd {

namespace {

constexpr int kChartBars = 12;
constexpr int kLabelMargins = 10; // a chart label's height beyond its line of text
constexpr int kChartMinimumHeight = 260;
constexpr int kChartFrame = 110; // the chart's title, hours axis and margins
enum Preset { Last12Months, Last3Years, AllTime, Custom };

} // namespace

TopicsPage::TopicsPage(Database& db, const Clock& clock, TopicCatalogue catalogue, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_catalogue(std::move(catalogue))
{
    m_model = new TopicCoverageModel(this);

    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 12 months"), Last12Months);
    m_period->addItem(tr("Last 3 years (revalidation)"), Last3Years);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Chosen dates"), Custom);
    m_from = new QDateEdit(this);
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(this);
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_by = new QComboBox(this);
    m_by->setAccessibleName(tr("Show hours by"));
    m_by->addItem(tr("Topic"));
    m_by->addItem(tr("Group"));
    m_level = new QComboBox(this);
    m_level->setAccessibleName(tr("Level of action"));
    m_level->addItem(tr("Any level"), QString());
    const auto levels = Vocabulary::topicLevels();
    for (const Vocabulary::Term& t : levels)
        m_level->addItem(t.label, t.id);

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    auto* byLabel = new QLabel(tr("&By:"), this);
    byLabel->setBuddy(m_by);
    bar->addWidget(byLabel);
    bar->addWidget(m_by);
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addStretch();

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Coverage summary"));

    m_chart = new QChartView(this);
    m_chart->setAccessibleName(tr("Hours per topic chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(kChartMinimumHeight);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Coverage table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TopicCoverageModel::NameColumn, QHeaderView::Stretch);
    // Groups ("Living well (behavioural risk factors)") on one line; the numbers only as wide as
    // they need.
    for (int column : {TopicCoverageModel::GroupColumn, TopicCoverageModel::EntriesColumn,
                       TopicCoverageModel::HoursColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_notCovered = new QListWidget(this);
    m_notCovered->setAccessibleName(tr("Topics not covered in this period"));
    m_entriesLabel = new QLabel(tr("Choose a topic to see its entries."), this);
    m_entries = new QListWidget(this);
    m_entries->setAccessibleName(tr("Entries for the chosen topic"));
    m_showInJournal = new QPushButton(tr("Show in &journal"), this);
    m_showInJournal->setAccessibleName(tr("Show these entries in the journal"));
    m_showInJournal->setEnabled(false);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Not covered in this period"), side));
    sideLayout->addWidget(m_notCovered, 1);
    sideLayout->addWidget(m_entriesLabel);
    sideLayout->addWidget(m_entries, 2);
    sideLayout->addWidget(m_showInJournal);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_table);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(side);
    // The chart's names may take 40% of its width: room for the longest topic titles.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_period->setCurrentIndex(m_period->findData(Custom));
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        m_period->setCurrentIndex(m_period->findData(Custom));
        refresh();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { updateEntries(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_model->mode() == TopicCoverageModel::Mode::Topics && current.isValid()) {
                    m_topicId = current.siblingAtColumn(0).data(TopicCoverageModel::IdRole).toString();
                    updateEntries();
                }
            });
    connect(m_notCovered, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            m_topicId = item->data(Qt::UserRole).toString();
            updateEntries();
        }
    });
    connect(m_entries, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openEntryRequested(item->data(Qt::UserRole).toString()); });
    connect(m_showInJournal, &QPushButton::clicked, this, [this] { emit showInJournalRequested(currentFilter()); });

    m_period->setCurrentIndex(0);
    applyPreset();
}

void TopicsPage::applyPreset()
{
    const int preset = m_period->currentData().toInt();
    if (preset == Custom)
        return;
    const QDate today = m_clock.today();
    const QSignalBlocker b1(m_from), b2(m_to);
    m_to->setDate(today);
    if (preset == Last12Months)
        m_from->setDate(today.addYears(-1).addDays(1));
    else if (preset == Last3Years)
        m_from->setDate(today.addYears(-3).addDays(1));
    else
        m_from->setDate(m_from->minimumDate());
    invalidate();
}

void TopicsPage::invalidate()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void TopicsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TopicsPage::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_period);
        m_period->setCurrentIndex(m_period->findData(Custom));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

EntryFilter TopicsPage::currentFilter() const
{
    EntryFilter f;
    if (m_period->currentData().toInt() != AllTime) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.topicId = m_topicId;
    f.topicLevel = m_level->currentData().toString();
    return f;
}

void TopicsPage::refresh()
{
    m_stale = false;
    const EntryFilter period = currentFilter();
    const auto report = TopicCoverage(m_db, m_catalogue).compute(period.from, period.to);
    if (!report) {
        m_summary->setText(report.error().message);
        return;
    }
    m_model->setReport(*report, m_by->currentIndex() == 0 ? TopicCoverageModel::Mode::Topics
                                                           : TopicCoverageModel::Mode::Groups);
    m_summary->setText(tr("%1 of %2 entries in this period are mapped to a topic; %3 of %4 topics covered.")
                           .arg(report->entriesWithTopics)
                           .arg(report->entries)
                           .arg(m_catalogue.suggestable().size() - report->neverCovered.size())
                           .arg(m_catalogue.suggestable().size()));
    m_notCovered->clear();
    for (const QString& id : report->neverCovered) {
        auto* item = new QListWidgetItem(m_catalogue.shortTitleFor(id), m_notCovered);
        item->setData(Qt::UserRole, id);
        if (const Topic* t = m_catalogue.find(id); t && !t->guide.isEmpty())
            item->setToolTip(t->guide);
    }
    updateChart();
    updateEntries();
}

void TopicsPage::updateChart()
{
    auto* set = new QBarSet(tr("Hours"));
    QStringList names;
    // Horizontal bars draw bottom-up: add the smallest first so the largest is on top.
    QList<std::pair<QString, double>> rows;
    for (int r = 0; r < m_model->rowCount() && rows.size() < kChartBars; ++r) {
        const QModelIndex i = m_model->index(r, TopicCoverageModel::NameColumn);
        const double hours = m_model->index(r, TopicCoverageModel::HoursColumn).data().toDouble();
        if (hours > 0 || m_model->mode() == TopicCoverageModel::Mode::Groups)
            rows.append({i.data().toString(), hours});
    }
    if (m_model->mode() == TopicCoverageModel::Mode::Groups)
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    double top = 1;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        names << it->first;
        *set << it->second;
        top = std::max(top, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(m_model->mode() == TopicCoverageModel::Mode::Topics ? tr("Hours per topic") : tr("Hours per group"));
    chart->legend()->hide();
    auto* names_axis = new QBarCategoryAxis;
    names_axis->append(names);
    chart->addAxis(names_axis, Qt::AlignLeft);
    series->attachAxis(names_axis);
    // Qt Charts cuts every name to "…" (and leaves out every other one) unless each bar has a
    // line of text's height: draw names whole and make the chart tall enough for a line per bar.
    names_axis->setTruncateLabels(false);
    const int line = QFontMetrics(names_axis->labelsFont()).height() + kLabelMargins;
    m_chart->setMinimumHeight(
        std::max(kChartMinimumHeight, int(names.size()) * line + kChartFrame));
    auto* hours_axis = new QValueAxis;
    hours_axis->setRange(0, top * 1.1);
    hours_axis->applyNiceNumbers(); // 0, 10, 20, 30, 40 rather than 0, 10, 20, 29, 39
    hours_axis->setLabelFormat(QStringLiteral("%.0f"));
    hours_axis->setTitleText(tr("Hours"));
    chart->addAxis(hours_axis, Qt::AlignBottom);
    series->attachAxis(hours_axis);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void TopicsPage::updateEntries()
{
    m_entries->clear();
    m_showInJournal->setEnabled(!m_topicId.isEmpty());
    if (m_topicId.isEmpty())
        return;
    const EntryFilter filter = currentFilter();
    EntryRepository repo(m_db, m_clock);
    const auto rows = repo.summaries(filter, 0, 500);
    if (!rows) {
        m_entriesLabel->setText(rows.error().message);
        return;
    }
    m_entriesLabel->setText(tr("Entries for %1").arg(m_catalogue.shortTitleFor(m_topicId)));
    for (const EntrySummary& s : *rows) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  (%3 h)")
                                             .arg(QLocale().toString(s.date, QLocale::ShortFormat), s.title,
                                                  QLocale().toString(s.hours, 'g', 4)),
                                         m_entries);
        item->setData(Qt::UserRole, s.id);
    }
}

void TopicsPage::selectTopic(const QString& topicId)
{
    m_topicId = topicId;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(TopicCoverageModel::IdRole).toString() == topicId) {
            const QSignalBlocker b(m_table->selectionModel());
            m_table->selectRow(r);
            break;
        }
    }
    updateEntries();
}

} // namespace cpd
