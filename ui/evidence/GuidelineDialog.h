#pragma once

#include "evidence/Guideline.h"
#include "evidence/HttpFetcher.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cpd {

class PageMetadataFetcher;
struct PageMetadata;

// Adds or edits a guideline. "Fetch details" reads the page's metadata in the background (a
// busy bar and Cancel; the window never waits); everything can also be typed by hand, offline.
class GuidelineDialog : public QDialog
{
    Q_OBJECT
public:
    GuidelineDialog(QNetworkAccessManager& network, const HttpFetcher::Options& fetchOptions, QWidget* parent = nullptr);
    ~GuidelineDialog() override;

    void setGuideline(const Guideline& guideline);
    // The guideline as typed (id and links kept from setGuideline).
    Guideline guideline() const;

    // Starts reading the address in the URL field; fetchFinished tells when it is done.
    void fetch();
    void cancelFetch();
    bool isFetching() const;

    QLineEdit* urlField() const { return m_url; }
    QLineEdit* titleField() const { return m_title; }
    QLineEdit* publisherField() const { return m_publisher; }
    QLineEdit* identifierField() const { return m_identifier; }
    QLineEdit* publishedField() const { return m_published; }
    QLineEdit* updatedField() const { return m_updated; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QPushButton* fetchButton() const { return m_fetch; }
    QPushButton* cancelFetchButton() const { return m_cancelFetch; }
    QProgressBar* busyIndicator() const { return m_busy; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;
    void done(int result) override;

signals:
    void fetchFinished(bool ok);

private:
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    void fill(const PageMetadata& metadata);
    void updateButtons();

    PageMetadataFetcher* m_fetcher;
    Guideline m_original;
    QLineEdit* m_url;
    QPushButton* m_fetch;
    QPushButton* m_cancelFetch;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLineEdit* m_title;
    QLineEdit* m_publisher;
    QLineEdit* m_identifier;
    QLineEdit* m_published;
    QLineEdit* m_updated;
    QPlainTextEdit* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace cpd
