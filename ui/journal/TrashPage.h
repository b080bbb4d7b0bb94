#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cpd {

class JournalListModel;
class JournalSession;

// Entries moved to the trash: restore them, delete one for good, or empty the trash.
class TrashPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrashPage(JournalSession& session, QWidget* parent = nullptr);

    void reload();
    bool restoreSelected();
    bool purgeSelected(); // asks first
    bool emptyTrash();    // asks first

    JournalListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* purgeButton() const { return m_purge; }
    QPushButton* emptyButton() const { return m_empty; }

signals:
    void journalChanged();
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);

private:
    QString selectedId() const;
    void updateButtons();

    JournalSession& m_session;
    JournalListModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_restore;
    QPushButton* m_purge;
    QPushButton* m_empty;
};

} // namespace cpd
