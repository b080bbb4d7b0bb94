#pragma once

#include "importers/ImportSummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cpd {

class ImportRunner;
class JournalSession;
class SocialFindModel;

// Social-media finds: quick capture (paste an address or some text), the list, and the X/Twitter,
// Mastodon and bookmarks importers, each run off the UI thread with progress and Cancel.
class SocialFindsTab : public QWidget
{
    Q_OBJECT
public:
    enum class Source { TwitterArchive, MastodonArchive, Bookmarks };

    explicit SocialFindsTab(JournalSession& session, QWidget* parent = nullptr);

    void reload();
    bool capture(const QString& pasted);
    // Imports path in the background; importFinished tells how it went. False when one is running.
    bool startImport(Source source, const QString& path);
    bool removeSelected();

    SocialFindModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ImportRunner* importRunner() const { return m_runner; }
    QLineEdit* captureField() const { return m_capture; }
    QPushButton* captureButton() const { return m_captureButton; }
    QPushButton* importTwitterButton() const { return m_importTwitter; }

signals:
    // error is empty on success; summary counts what was stored.
    void importFinished(const cpd::ImportSummary& summary, const QString& error, bool cancelled);
    void findsChanged();
    void statusMessage(const QString& message);

private:
    void chooseAndImport(Source source);
    void onImportFinished(const ImportSummary& summary, const QString& error, bool cancelled);
    void updateButtons();

    JournalSession& m_session;
    SocialFindModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QLineEdit* m_capture;
    QPushButton* m_captureButton;
    QPushButton* m_importTwitter;
    QPushButton* m_importMastodon;
    QPushButton* m_importBookmarks;
    QPushButton* m_remove;
    ImportRunner* m_runner;
};

} // namespace cpd
