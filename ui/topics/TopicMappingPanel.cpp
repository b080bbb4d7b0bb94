#include "topics/TopicMappingPanel.h"

#include "common/TabOrder.h"
#include "journal/Vocabulary.h"
#include "topics/TopicFeedbackStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cpd {

TopicMappingPanel::TopicMappingPanel(TopicCatalogue catalogue, QWidget* parent)
    : QWidget(parent), m_catalogue(std::move(catalogue)), m_suggester(m_catalogue)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setAccessibleName(tr("Topics of this entry"));
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Level of action"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(150);

    m_add = new QComboBox(this);
    m_add->setAccessibleName(tr("Add a topic"));
    m_add->addItem(tr("Add a topic…"), QString());
    for (const Topic& t : m_catalogue.suggestable())
        m_add->addItem(t.shortTitle(), t.id);

    m_suggestedLabel = new QLabel(tr("Suggested from what you wrote:"), this);
    m_suggestionBox = new QWidget(this);
    m_suggestionBox->setAccessibleName(tr("Suggested topics"));
    m_suggestionLayout = new QVBoxLayout(m_suggestionBox);
    m_suggestionLayout->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_add);
    layout->addWidget(m_suggestedLabel);
    layout->addWidget(m_suggestionBox);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TopicMappingPanel::updateSuggestionsNow);
    connect(m_add, &QComboBox::activated, this, [this](int index) {
        const QString id = m_add->itemData(index).toString();
        m_add->setCurrentIndex(0);
        if (!id.isEmpty())
            addMapping(id);
    });
    setShortcutScope(this);
    rebuildTable();
    rebuildSuggestions();
}

void TopicMappingPanel::setMappings(const QList<TopicMapping>& mappings)
{
    m_mappings = mappings;
    m_dismissed.clear();
    rebuildTable();
    rebuildSuggestions();
}

void TopicMappingPanel::addMapping(const QString& topicId, const QString& level)
{
    for (const TopicMapping& m : std::as_const(m_mappings)) {
        if (m.id == topicId)
            return;
    }
    m_mappings.append({topicId, level});
    rebuildTable();
    rebuildSuggestions();
    emit mappingsChanged();
}

void TopicMappingPanel::removeMapping(const QString& topicId)
{
    const qsizetype removed = m_mappings.removeIf([&](const TopicMapping& m) { return m.id == topicId; });
    if (removed == 0)
        return;
    rebuildTable();
    rebuildSuggestions();
    emit mappingsChanged();
}

void TopicMappingPanel::setLevel(const QString& topicId, const QString& level)
{
    for (TopicMapping& m : m_mappings) {
        if (m.id == topicId && m.level != level) {
            m.level = level;
            rebuildTable();
            emit mappingsChanged();
            return;
        }
    }
}

void TopicMappingPanel::rebuildTable()
{
    m_table->setRowCount(int(m_mappings.size()));
    const auto levels = Vocabulary::topicLevels();
    for (int row = 0; row < m_mappings.size(); ++row) {
        const TopicMapping& m = m_mappings.at(row);
        const Topic* topic = m_catalogue.find(m.id);
        QString title = m_catalogue.shortTitleFor(m.id);
        if (topic && topic->isWithdrawn())
            title = tr("%1 (withdrawn)").arg(title);
        auto* item = new QTableWidgetItem(title);
        if (!topic)
            item->setToolTip(tr("This topic is not in the current catalogue. The entry keeps it."));
        else if (!topic->guide.isEmpty())
            item->setToolTip(topic->guide);
        m_table->setItem(row, 0, item);

        auto* level = new QComboBox(m_table);
        level->setAccessibleName(tr("Level of action for %1").arg(title));
        for (const Vocabulary::Term& t : levels)
            level->addItem(t.label, t.id);
        if (level->findData(m.level) < 0 && !m.level.isEmpty())
            level->addItem(m.level, m.level); // keep a level this version does not know
        level->setCurrentIndex(qMax(0, level->findData(m.level)));
        const QString id = m.id;
        connect(level, &QComboBox::activated, this,
                [this, id, level](int index) { setLevel(id, level->itemData(index).toString()); });
        m_table->setCellWidget(row, 1, level);

        auto* remove = new QToolButton(m_table);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove %1").arg(title));
        connect(remove, &QToolButton::clicked, this, [this, id] { removeMapping(id); });
        m_table->setCellWidget(row, 2, remove);
    }
    TabOrder::chain(tabChain()); // new cell widgets would otherwise come last in the window
}

QList<QWidget*> TopicMappingPanel::tabChain() const
{
    QList<QWidget*> chain{m_table};
    for (int row = 0; row < m_table->rowCount(); ++row)
        chain << m_table->cellWidget(row, 1) << m_table->cellWidget(row, 2);
    chain << m_add;
    for (int i = 0; i < m_suggestionLayout->count(); ++i) {
        QLayout* row = m_suggestionLayout->itemAt(i)->layout();
        for (int j = 0; row && j < row->count(); ++j) {
            QWidget* w = row->itemAt(j)->widget();
            if (w && w->focusPolicy() != Qt::NoFocus)
                chain << w;
        }
    }
    return chain;
}

void TopicMappingPanel::setSourceText(const TopicSuggester::Input& input)
{
    m_input = input;
    m_sourceDirty = false;
    m_debounce->start(); // restarts: suggestions wait until typing pauses
}

void TopicMappingPanel::setSourceProvider(std::function<TopicSuggester::Input()> provider)
{
    m_provider = std::move(provider);
    sourceChanged();
}

void TopicMappingPanel::sourceChanged()
{
    m_sourceDirty = true;
    m_debounce->start(); // restarts: suggestions wait until typing pauses
}

void TopicMappingPanel::setShortcutScope(QWidget* scope)
{
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    for (int i = 0; i < kShownSuggestions; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { acceptSuggestion(i); });
        m_shortcuts.append(shortcut);
    }
}

void TopicMappingPanel::setFeedbackStore(TopicFeedbackStore* store)
{
    m_feedback = store;
    if (m_feedback) {
        if (auto f = m_feedback->load())
            m_suggester.setFeedback(*f);
    }
}

void TopicMappingPanel::updateSuggestionsNow()
{
    m_debounce->stop();
    rebuildSuggestions();
}

void TopicMappingPanel::rebuildSuggestions()
{
    QElapsedTimer timer;
    timer.start();
    if (m_provider && m_sourceDirty) {
        m_input = m_provider();
        m_sourceDirty = false;
        m_debounce->stop();
    }
    QSet<QString> mapped;
    for (const TopicMapping& m : std::as_const(m_mappings))
        mapped.insert(m.id);
    QList<TopicSuggestion> shown;
    const auto all = m_suggester.suggest(m_input, 10);
    for (const TopicSuggestion& s : all) {
        if (!mapped.contains(s.id) && !m_dismissed.contains(s.id) && shown.size() < kShownSuggestions)
            shown.append(s);
    }
    ++m_runs;
    // The same topics for the same reasons: leave the buttons alone (no flicker, no relayout).
    const auto same = [](const TopicSuggestion& a, const TopicSuggestion& b) {
        return a.id == b.id && a.matched == b.matched;
    };
    const bool unchanged = m_runs > 1 && shown.size() == m_suggestions.size()
                           && std::equal(shown.cbegin(), shown.cend(), m_suggestions.cbegin(), same);
    m_suggestions = shown;
    if (unchanged) {
        m_lastMicros = timer.nsecsElapsed() / 1000;
        return;
    }

    while (QLayoutItem* item = m_suggestionLayout->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_suggestedLabel->setVisible(!m_suggestions.isEmpty());
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const TopicSuggestion& s = m_suggestions.at(i);
        const QString title = m_catalogue.shortTitleFor(s.id);
        auto* accept = new QPushButton(tr("Add %1 (Alt+%2)").arg(title).arg(i + 1), m_suggestionBox);
        accept->setAccessibleName(tr("Add suggested topic %1").arg(title));
        accept->setToolTip(tr("Suggested because of: %1").arg(s.matched.join(QLatin1String(", "))));
        accept->setObjectName(QStringLiteral("acceptSuggestion%1").arg(i));
        connect(accept, &QPushButton::clicked, this, [this, i] { acceptSuggestion(i); });
        auto* why = new QLabel(s.matched.mid(0, 4).join(QLatin1String(", ")), m_suggestionBox);
        why->setWordWrap(true);
        why->setAccessibleName(tr("Matched words for %1").arg(title));
        auto* dismiss = new QToolButton(m_suggestionBox);
        dismiss->setText(tr("Not this"));
        dismiss->setAccessibleName(tr("Dismiss suggested topic %1").arg(title));
        dismiss->setObjectName(QStringLiteral("dismissSuggestion%1").arg(i));
        connect(dismiss, &QToolButton::clicked, this, [this, i] { dismissSuggestion(i); });
        // The matched words go under the buttons: beside them, a long topic title and its words
        // made the editor wider than its pane, cut off on the right.
        auto* row = new QHBoxLayout;
        row->addWidget(accept);
        row->addWidget(dismiss);
        row->addStretch();
        m_suggestionLayout->addLayout(row);
        m_suggestionLayout->addWidget(why);
    }
    TabOrder::chain(tabChain()); // new buttons would otherwise come last in the window
    m_lastMicros = timer.nsecsElapsed() / 1000;
}

void TopicMappingPanel::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    const TopicSuggestion s = m_suggestions.at(index);
    if (m_feedback) {
        if (m_feedback->record(s.id, s.matched, true)) {
            if (auto f = m_feedback->load())
                m_suggester.setFeedback(*f);
        }
    }
    addMapping(s.id);
}

void TopicMappingPanel::dismissSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    const TopicSuggestion s = m_suggestions.at(index);
    m_dismissed.insert(s.id);
    if (m_feedback) {
        if (m_feedback->record(s.id, s.matched, false)) {
            if (auto f = m_feedback->load())
                m_suggester.setFeedback(*f);
        }
    }
    rebuildSuggestions();
}

} // namespace cpd
