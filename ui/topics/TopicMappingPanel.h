#pragma once

#include "journal/Entry.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicSuggester.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QShortcut;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace cpd {

class TopicFeedbackStore;

// The editor's topics: the entry's mappings, each with its level of action, and suggestions
// that follow what the person writes (debounced, so typing never waits for them). A suggestion
// is accepted with one click or Alt+1…Alt+3, or dismissed; both are remembered when a
// feedback store is set, so later suggestions learn.
class TopicMappingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TopicMappingPanel(TopicCatalogue catalogue, QWidget* parent = nullptr);

    QList<TopicMapping> mappings() const { return m_mappings; }
    void setMappings(const QList<TopicMapping>& mappings);
    void addMapping(const QString& topicId, const QString& level = QStringLiteral("individual"));
    void removeMapping(const QString& topicId);
    void setLevel(const QString& topicId, const QString& level);

    // What the suggestions are worked out from; they update after a short pause.
    void setSourceText(const TopicSuggester::Input& input);
    // Or: where to read it from when the pause is over. sourceChanged() then costs nothing but
    // a timer restart, so an editor can call it on every keystroke.
    void setSourceProvider(std::function<TopicSuggester::Input()> provider);
    void sourceChanged();
    // The widget within which Alt+1…Alt+3 accept a suggestion (the panel itself by default;
    // an editor passes itself so the keys work while the person types in the reflection).
    void setShortcutScope(QWidget* scope);
    void setFeedbackStore(TopicFeedbackStore* store);
    // Works the suggestions out now rather than after the pause (tests, first show).
    void updateSuggestionsNow();

    QList<TopicSuggestion> suggestions() const { return m_suggestions; }
    // How many times the suggestions were worked out, and how long the last one took (µs).
    int suggestionRuns() const { return m_runs; }
    qint64 lastSuggestionMicros() const { return m_lastMicros; }
    void acceptSuggestion(int index);
    void dismissSuggestion(int index);

    QTableWidget* mappingTable() const { return m_table; }
    // Table, each row's level and remove controls, the add box, then each suggestion's buttons:
    // the order Tab visits them (Tab leaves the table; the arrow keys move inside it).
    QList<QWidget*> tabChain() const;
    static constexpr int kDebounceMs = 300;
    static constexpr int kShownSuggestions = 3;

signals:
    void mappingsChanged();

private:
    void rebuildTable();
    void rebuildSuggestions();

    TopicCatalogue m_catalogue;
    TopicSuggester m_suggester;
    TopicFeedbackStore* m_feedback = nullptr;
    QList<TopicMapping> m_mappings;
    TopicSuggester::Input m_input;
    std::function<TopicSuggester::Input()> m_provider;
    bool m_sourceDirty = false;
    int m_runs = 0;
    qint64 m_lastMicros = 0;
    QList<QShortcut*> m_shortcuts;
    QList<TopicSuggestion> m_suggestions;
    QSet<QString> m_dismissed;
    QTimer* m_debounce;
    QTableWidget* m_table;
    QComboBox* m_add;
    QLabel* m_suggestedLabel;
    QWidget* m_suggestionBox;
    QVBoxLayout* m_suggestionLayout;
};

} // namespace cpd
