#include "export/ExportDialog.h"

#include "export/PortfolioBuilder.h"
#include "privacy/ConfidentialityScanner.h"
#include "standards/EntryFacts.h"
#include "standards/ProfileRepository.h"
#include "standards/RevalidationService.h"
#include "standards/StandardRegistry.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <utility>

namespace cpd {

ExportDialog::ExportDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_journalPath(db.path())
{
    setWindowTitle(tr("Export portfolio"));
    m_standard = new QComboBox(this);
    m_standard->addItem(tr("NMC revalidation"), QStringLiteral("nmc"));
    m_standard->addItem(tr("GP appraisal"), QStringLiteral("gp"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF portfolio"), int(ExportService::Format::Pdf));
    m_format->addItem(tr("HTML (the same content)"), int(ExportService::Format::Html));
    m_format->addItem(tr("CSV (the CPD log)"), int(ExportService::Format::Csv));
    m_format->addItem(tr("JSON (the whole journal, re-importable)"), int(ExportService::Format::Json));
    m_wholePeriod = new QCheckBox(tr("The standard's whole period"), this);
    m_wholePeriod->setChecked(true);
    m_from = new QDateEdit(m_clock.today().addYears(-3), this);
    m_to = new QDateEdit(m_clock.today(), this);
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        e->setEnabled(false);
    }
    connect(m_wholePeriod, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
    });
    m_accounts = new QListWidget(this);
    m_accounts->setToolTip(tr("The reflective accounts to include (five are required)."));
    m_accounts->setAccessibleName(tr("Reflective accounts"));
    m_accounts->setAccessibleDescription(m_accounts->toolTip());
    m_allow = new QCheckBox(tr("Export even with possible identifiers"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Standard:"), m_standard);
    form->addRow(tr("&Format:"), m_format);
    auto* period = new QHBoxLayout;
    period->addWidget(m_wholePeriod);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Reflective &accounts:"), m_accounts);

    m_findings = new QListWidget(this);
    m_findings->setAccessibleName(tr("Possible identifiers"));
    m_findings->setAccessibleDescription(tr("Press Enter on one to review its entry."));
    auto* findingsBox = new QGroupBox(tr("Possible identifiers (double-click to review the entry)"), this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings);
    findingsLayout->addWidget(m_allow);
    findingsBox->setVisible(false);
    connect(m_findings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit reviewRequested(item->data(Qt::UserRole).toString()); });

    m_preview = new QListWidget(this);
    m_preview->setViewMode(QListView::IconMode);
    m_preview->setIconSize(QSize(180, 255));
    m_preview->setResizeMode(QListView::Adjust);
    m_preview->setMinimumHeight(290);
    m_preview->setAccessibleName(tr("Preview of the pages"));

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::startPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isBusy())
            cancelRunning();
        else
            reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(findingsBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_standard, &QComboBox::currentIndexChanged, this, [this] { reloadAccounts(); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool portfolio = m_format->currentData().toInt() != int(ExportService::Format::Json);
        m_previewButton->setEnabled(!isBusy() && m_format->currentData().toInt() == int(ExportService::Format::Pdf));
        m_accounts->setEnabled(portfolio);
    });
    reloadAccounts();
    resize(720, 760);
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ExportDialog::reloadAccounts()
{
    m_accounts->clear();
    const bool nmc = m_standard->currentData().toString() == QLatin1String("nmc");
    m_accounts->setVisible(nmc);
    if (!nmc)
        return;
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    auto status = RevalidationService(m_db, standards).status(QStringLiteral("nmc"), m_clock.today());
    if (!status) {
        m_status->setText(status.error().message);
        return;
    }
    if (m_wholePeriod->isChecked()) {
        m_from->setDate(status->period.start);
        m_to->setDate(status->period.end);
    }
    auto candidates = PortfolioBuilder(m_db, m_clock, standards).candidateAccounts(status->period);
    if (!candidates)
        return;
    int checked = 0;
    for (const Entry& e : std::as_const(*candidates)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(e.date.toString(Qt::ISODate), e.title), m_accounts);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = checked < 5 && EntryFacts::isCompleteReflectiveAccount(e);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        checked += on;
    }
}

ExportService::Request ExportDialog::request() const
{
    ExportService::Request r;
    r.format = ExportService::Format(m_format->currentData().toInt());
    r.portfolio.standard = m_standard->currentData().toString();
    if (!m_wholePeriod->isChecked()) {
        r.portfolio.from = m_from->date();
        r.portfolio.to = m_to->date();
    }
    for (int i = 0; i < m_accounts->count(); ++i) {
        if (m_accounts->item(i)->checkState() == Qt::Checked)
            r.portfolio.accounts << m_accounts->item(i)->data(Qt::UserRole).toString();
    }
    r.allowIdentifiers = m_allow->isChecked();
    return r;
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_previewButton->setEnabled(!busy && m_format->currentData().toInt() == int(ExportService::Format::Pdf));
    m_exportButton->setEnabled(!busy);
    m_cancelButton->setText(busy ? tr("Stop") : tr("Close"));
}

void ExportDialog::reportProgress(int done, int total, const QString& what)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(what);
}

void ExportDialog::showFindings(const QList<PrivacyGate::Hit>& findings)
{
    m_findings->clear();
    m_findings->parentWidget()->setVisible(!findings.isEmpty());
    for (const PrivacyGate::Hit& h : findings) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2: %3").arg(h.sourceTitle,
                                                                           ConfidentialityScanner::describe(h.finding.kind),
                                                                           h.finding.text),
                                         m_findings);
        item->setData(Qt::UserRole, h.sourceId);
    }
    if (!findings.isEmpty())
        m_status->setText(tr("Not exported: %n possible identifier(s) found. Review them (redact, or mark \"not an "
                             "identifier\"), or tick \"Export even with possible identifiers\".",
                             nullptr, int(findings.size())));
}

void ExportDialog::run(std::function<void(ExportService&, const std::atomic_bool&)> work)
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const QString path = m_journalPath;
    const Clock& clock = m_clock;
    setBusy(true);
    m_thread = QThread::create([path, &clock, cancel, work = std::move(work), this] {
        auto db = Database::open(path, {false});
        if (!db) {
            const QString message = db.error().message;
            QMetaObject::invokeMethod(this, [this, message] { m_status->setText(message); }, Qt::QueuedConnection);
            return;
        }
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        ExportService service(**db, clock, standards);
        work(service, *cancel);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        // Finished is sent just before the thread ends: wait for that (a blink), then delete it
        // now rather than later, when a closing dialog's event loop may never run again.
        QThread* done = std::exchange(m_thread, nullptr);
        done->wait();
        delete done;
        setBusy(false);
        emit finishedWork();
    });
    m_thread->start();
}

void ExportDialog::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::startPreview()
{
    const ExportService::Request r = request();
    m_preview->clear();
    run([this, r](ExportService& service, const std::atomic_bool& cancel) {
        auto progress = [this](int done, int total, const QString& what) {
            QMetaObject::invokeMethod(this, [=, this] { reportProgress(done, total, what); }, Qt::QueuedConnection);
        };
        auto preview = service.preview(r, 40, 360, progress, &cancel);
        QMetaObject::invokeMethod(
            this,
            [this, preview] {
                if (!preview) {
                    m_status->setText(preview.error().message);
                    return;
                }
                showFindings(preview->findings);
                if (!preview->findings.isEmpty())
                    return;
                for (qsizetype i = 0; i < preview->pages.size(); ++i)
                    new QListWidgetItem(QIcon(QPixmap::fromImage(preview->pages.at(i))), tr("Page %1").arg(i + 1), m_preview);
                m_status->setText(tr("%n page(s).", nullptr, preview->pageCount));
            },
            Qt::QueuedConnection);
    });
}

void ExportDialog::startExport()
{
    const ExportService::Request r = request();
    QString path = m_nextFileName;
    m_nextFileName.clear();
    if (path.isEmpty()) {
        const QString suffix = ExportService::suffix(r.format);
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export to"),
                                            folder + QStringLiteral("/cpd-portfolio.") + suffix,
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (path.isEmpty())
            return;
    }
    run([this, r, path](ExportService& service, const std::atomic_bool& cancel) {
        auto progress = [this](int done, int total, const QString& what) {
            QMetaObject::invokeMethod(this, [=, this] { reportProgress(done, total, what); }, Qt::QueuedConnection);
        };
        auto rendered = service.render(r, progress, &cancel);
        Status saved;
        if (rendered && rendered->findings.isEmpty() && !cancel.load())
            saved = ExportService::save(path, rendered->bytes);
        QMetaObject::invokeMethod(
            this,
            [this, rendered, saved, path] {
                if (!rendered) {
                    m_status->setText(rendered.error().message);
                    return;
                }
                showFindings(rendered->findings);
                if (!rendered->findings.isEmpty())
                    return;
                if (!saved) {
                    m_status->setText(saved.error().message);
                    return;
                }
                m_status->setText(tr("Exported to %1.").arg(path));
                emit exported(path);
            },
            Qt::QueuedConnection);
    });
}

} // namespace cpd
