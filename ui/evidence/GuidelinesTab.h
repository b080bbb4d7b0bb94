#pragma once

#include "evidence/HttpFetcher.h"

#include <QWidget>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;

namespace cpd {

class GuidelineDialog;
class GuidelineModel;
class JournalSession;
struct Guideline;

// The guideline library: the list, add by address (fetched in the background) or by hand, edit,
// delete, and link the selected guideline to the entry selected in the journal.
class GuidelinesTab : public QWidget
{
    Q_OBJECT
public:
    GuidelinesTab(JournalSession& session, QNetworkAccessManager& network, QWidget* parent = nullptr);

    void reload();
    // The entry that "Link to entry" links to (the journal's selection).
    void setSelectedEntryProvider(std::function<QString()> provider) { m_selectedEntry = std::move(provider); }
    void setFetchOptions(const HttpFetcher::Options& options) { m_fetchOptions = options; }

    // Each opens the dialog (not modal to the event loop) and returns it; saving happens when it
    // is accepted.
    GuidelineDialog* addByUrl(const QString& url = {});
    GuidelineDialog* addManually();
    GuidelineDialog* editSelected();
    GuidelineDialog* openDialog() const { return m_dialog; }
    // Adds a guideline built elsewhere (a feed item), showing it in the dialog first.
    GuidelineDialog* addPrefilled(const Guideline& guideline);
    bool linkSelected();
    bool removeSelected();
    bool selectId(const QString& id);

    GuidelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addByUrlButton() const { return m_addUrl; }
    QPushButton* addManuallyButton() const { return m_addManual; }
    QPushButton* linkButton() const { return m_link; }

signals:
    void journalChanged();
    void statusMessage(const QString& message);

private:
    GuidelineDialog* showDialog(const Guideline& guideline);
    void save(const Guideline& guideline);
    void updateButtons();

    JournalSession& m_session;
    QNetworkAccessManager& m_network;
    HttpFetcher::Options m_fetchOptions;
    std::function<QString()> m_selectedEntry;
    GuidelineModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_addUrl;
    QPushButton* m_addManual;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_link;
    GuidelineDialog* m_dialog = nullptr;
};

} // namespace cpd
