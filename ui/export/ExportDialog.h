#pragma once

#include "ExportService.h"

#include <QDialog>
#include <QImage>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace cpd {

class Clock;
class Database;

// File ▸ Export: choose the standard, the format, the period and the reflective accounts; preview
// the PDF's pages; export. The work runs on a thread of its own (which opens its own connection
// to the journal by path) with progress and cancel. When the confidentiality check finds
// something, the findings are listed: the person reviews the entry (reviewRequested) or chooses
// to export anyway.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Test seam: the file the next export writes to, instead of asking with a file dialog.
    void setNextFileName(const QString& path) { m_nextFileName = path; }
    ExportService::Request request() const;
    bool isBusy() const { return m_thread != nullptr; }

    QComboBox* standardBox() const { return m_standard; }
    QComboBox* formatBox() const { return m_format; }
    QListWidget* accountList() const { return m_accounts; }
    QListWidget* findingList() const { return m_findings; }
    QListWidget* previewList() const { return m_preview; }
    QCheckBox* allowIdentifiersBox() const { return m_allow; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    void startPreview();
    void startExport();
    void cancelRunning();

signals:
    void reviewRequested(const QString& entryId);
    void exported(const QString& path);
    void finishedWork(); // a preview or an export ended (done, refused, failed or cancelled)

private:
    void reloadAccounts();
    void run(std::function<void(ExportService&, const std::atomic_bool&)> work);
    void showFindings(const QList<PrivacyGate::Hit>& findings);
    void setBusy(bool busy);
    void reportProgress(int done, int total, const QString& what);

    Database& m_db;
    const Clock& m_clock;
    QString m_journalPath;
    QString m_nextFileName;
    QComboBox* m_standard;
    QComboBox* m_format;
    QCheckBox* m_wholePeriod;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_accounts;
    QListWidget* m_findings;
    QListWidget* m_preview;
    QCheckBox* m_allow;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_previewButton;
    QPushButton* m_exportButton;
    QPushButton* m_cancelButton;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace cpd
