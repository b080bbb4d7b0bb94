#pragma once

#include "evidence/ChatSuggestion.h"

#include <QAbstractTableModel>

namespace cpd {

// Suggested tweet chats: hashtag, evening, duration, number of posts.
class ChatSuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HashtagColumn, DateColumn, DurationColumn, PostsColumn, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit ChatSuggestionModel(QObject* parent = nullptr);

    void setSuggestions(QList<ChatSuggestion> suggestions);
    const ChatSuggestion* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChatSuggestion> m_rows;
};

} // namespace cpd
