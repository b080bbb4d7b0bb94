#include "editor/EntryEditor.h"

#include "common/TabOrder.h"
#include "editor/EditorSnapshotCommand.h"
#include "editor/HoursPanel.h"
#include "editor/LinksWidget.h"
#include "editor/ReflectionPanel.h"
#include "editor/StandardsPanel.h"
#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"
#include "privacy/PrivacyGuard.h"
#include "spelling/SpellCheckController.h"
#include "topics/TopicMappingPanel.h"
#include "topics/TopicSuggester.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cpd {
namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("section"));
    return label;
}

void fillCombo(QComboBox* box, const QList<Vocabulary::Term>& terms, bool withNone)
{
    if (withNone)
        box->addItem(EntryEditor::tr("Not recorded"), QString());
    for (const Vocabulary::Term& t : terms)
        box->addItem(t.label, t.id);
}

void selectData(QComboBox* box, const QString& id)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(qMax(0, box->findData(id)));
}

QStringList splitTags(const QString& text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

EntryEditor::EntryEditor(QWidget* parent) : EntryEditor(TopicCatalogue::builtIn(), parent) {}

EntryEditor::EntryEditor(const TopicCatalogue& catalogue, QWidget* parent)
    : QWidget(parent), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("EntryEditor"));
    buildForm(catalogue);
    newEntry(QDate::currentDate());
}

void EntryEditor::buildForm(const TopicCatalogue& catalogue)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop: Tab scrolls the field it reaches into view
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("editorContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("heading"));
    layout->addWidget(m_heading);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(content);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What was the learning? e.g. Asthma update for practice nurses"));
    form->addRow(tr("&Title"), m_title);

    m_date = new QDateEdit(content);
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_hasEndDate = new QCheckBox(tr("Ended on"), content);
    m_hasEndDate->setAccessibleName(tr("The activity lasted more than one day"));
    m_endDate = new QDateEdit(content);
    m_endDate->setAccessibleName(tr("End date"));
    m_endDate->setCalendarPopup(true);
    m_endDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_date);
    dates->addSpacing(12);
    dates->addWidget(m_hasEndDate);
    dates->addWidget(m_endDate);
    dates->addStretch();
    auto* dateLabel = new QLabel(tr("&Date"), content);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dates);

    m_activity = new QComboBox(content);
    m_activity->setAccessibleName(tr("Activity"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(12);
    fillCombo(m_activity, Vocabulary::activities(), false);
    form->addRow(tr("&Activity"), m_activity);

    m_feedbackRow = new QWidget(content);
    m_feedbackSource = new QComboBox(m_feedbackRow);
    m_feedbackSource->setAccessibleName(tr("Feedback from"));
    fillCombo(m_feedbackSource, Vocabulary::feedbackSources(), true);
    m_feedbackType = new QComboBox(m_feedbackRow);
    m_feedbackType->setAccessibleName(tr("Kind of feedback"));
    fillCombo(m_feedbackType, Vocabulary::feedbackTypes(), true);
    auto* feedback = new QHBoxLayout(m_feedbackRow);
    feedback->setContentsMargins(0, 0, 0, 0);
    feedback->addWidget(new QLabel(tr("From"), m_feedbackRow));
    feedback->addWidget(m_feedbackSource, 1);
    feedback->addWidget(new QLabel(tr("Kind"), m_feedbackRow));
    feedback->addWidget(m_feedbackType, 1);
    form->addRow(tr("Feedback"), m_feedbackRow);
    layout->addLayout(form);

    layout->addWidget(sectionLabel(tr("Time"), content));
    m_hours = new HoursPanel(content);
    layout->addWidget(m_hours);

    layout->addWidget(sectionLabel(tr("Reflection"), content));
    m_reflection = new ReflectionPanel(content);
    m_reflection->privacyGuard()->setUndoStack(m_undo); // a redaction is an undo step of its own
    m_reflection->spelling()->setUndoStack(m_undo);     // and so is a spelling correction
    layout->addWidget(m_reflection);

    layout->addWidget(sectionLabel(tr("Standards"), content));
    m_standards = new StandardsPanel(content);
    layout->addWidget(m_standards);

    layout->addWidget(sectionLabel(tr("Tags"), content));
    m_tags = new QLineEdit(content);
    m_tags->setAccessibleName(tr("Tags, separated by commas"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas: asthma, respiratory"));
    m_tagCompleter = new QCompleter(new QStringListModel(m_tags), m_tags);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setWidget(m_tags);
    layout->addWidget(m_tags);

    layout->addWidget(sectionLabel(tr("Links"), content));
    m_links = new LinksWidget(content);
    layout->addWidget(m_links);

    layout->addWidget(sectionLabel(tr("Topics"), content));
    m_topics = new TopicMappingPanel(catalogue, content);
    m_topics->setShortcutScope(this); // Alt+1…3 accept a suggestion while typing anywhere here
    // Suggestions read the entry only once typing pauses: a keystroke just restarts a timer.
    m_topics->setSourceProvider([this] { return TopicSuggester::Input::fromEntry(state()); });
    layout->addWidget(m_topics);
    layout->addStretch();

    // The bar that stays in view: what is wrong, the status, and the two decisions.
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("editorBar"));
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(20, 8, 20, 8);
    m_problems = new QLabel(bar);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems with the entry"));
    m_problems->hide();
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status"));
    fillCombo(m_status, Vocabulary::statuses(), false);
    m_discard = new QPushButton(tr("Discard changes"), bar);
    m_discard->setAccessibleName(tr("Discard changes"));
    m_save = new QPushButton(tr("Save"), bar);
    m_save->setAccessibleName(tr("Save the entry"));
    m_save->setObjectName(QStringLiteral("primary"));
    m_save->setDefault(true);
    barLayout->addWidget(m_problems, 1);
    auto* statusLabel = new QLabel(tr("&Status"), bar);
    statusLabel->setBuddy(m_status);
    barLayout->addWidget(statusLabel);
    barLayout->addWidget(m_status);
    barLayout->addWidget(m_discard);
    barLayout->addWidget(m_save);
    outer->addWidget(bar);

    // Tab follows the reading order of the whole form, down to the bar; each panel gives its
    // own order (and keeps it when it adds rows or suggestions).
    TabOrder::chain(tabChain());

    auto edited = [this](const QString& field) { onEdited(field); };
    connect(m_title, &QLineEdit::textChanged, this, [edited] { edited(QStringLiteral("title")); });
    connect(m_date, &QDateEdit::dateChanged, this, [edited] { edited(QString()); });
    connect(m_endDate, &QDateEdit::dateChanged, this, [edited] { edited(QString()); });
    connect(m_hasEndDate, &QCheckBox::toggled, this, [this, edited](bool on) {
        m_endDate->setEnabled(on);
        if (on && m_endDate->date() < m_date->date()) {
            const QSignalBlocker blocker(m_endDate);
            m_endDate->setDate(m_date->date());
        }
        edited(QString());
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this, edited] {
        updateFeedbackVisibility();
        edited(QString());
    });
    connect(m_feedbackSource, &QComboBox::currentIndexChanged, this, [edited] { edited(QString()); });
    connect(m_feedbackType, &QComboBox::currentIndexChanged, this, [edited] { edited(QString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [edited] { edited(QString()); });
    connect(m_tags, &QLineEdit::textChanged, this, [edited] { edited(QStringLiteral("tags")); });
    connect(m_hours, &HoursPanel::edited, this, edited);
    connect(m_reflection, &ReflectionPanel::edited, this, edited);
    connect(m_standards, &StandardsPanel::edited, this, edited);
    connect(m_links, &LinksWidget::edited, this, edited);
    connect(m_topics, &TopicMappingPanel::mappingsChanged, this, [edited] { edited(QString()); });
    connect(m_save, &QPushButton::clicked, this, &EntryEditor::saveRequested);
    connect(m_discard, &QPushButton::clicked, this, &EntryEditor::discardRequested);

    // Tags complete one at a time: the part after the last comma.
    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString& text) {
        const QString prefix = text.section(QLatin1Char(','), -1).trimmed();
        if (prefix.isEmpty()) {
            m_tagCompleter->popup()->hide();
            return;
        }
        m_tagCompleter->setCompletionPrefix(prefix);
        if (m_tagCompleter->completionCount() > 0)
            m_tagCompleter->complete();
        else
            m_tagCompleter->popup()->hide();
    });
    connect(m_tagCompleter, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& tag) {
                QStringList parts = m_tags->text().split(QLatin1Char(','));
                parts.removeLast();
                for (QString& p : parts)
                    p = p.trimmed();
                parts << tag;
                m_tags->setText(parts.join(QLatin1String(", ")) + QLatin1String(", "));
            });

    // The editor's own undo stack is the one Edit > Undo drives: the text fields' private undo
    // would otherwise swallow Ctrl+Z.
    const auto editors = findChildren<QWidget*>();
    for (QWidget* w : editors) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w))
            w->installEventFilter(this);
    }
    const auto plainEdits = findChildren<QPlainTextEdit*>();
    for (QPlainTextEdit* e : plainEdits)
        e->setUndoRedoEnabled(false);
}

bool EntryEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryEditor::newEntry(const QDate& today)
{
    Entry blank;
    blank.date = today;
    blank.activity = QStringLiteral("course");
    blank.templateId = QStringLiteral("nmc");
    blank.status = QStringLiteral("draft");
    reset(blank, blank);
}

void EntryEditor::loadEntry(const Entry& entry)
{
    reset(entry, entry);
}

void EntryEditor::restoreDraft(const Entry& draft, const Entry& base)
{
    reset(draft, base);
}

void EntryEditor::markSaved(const Entry& stored)
{
    // The stored entry (tidied by the repository) becomes the clean state; answers kept for
    // other templates stay on screen.
    Entry shown = stored;
    const QMap<QString, QString> answers = m_reflection->answers();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!shown.reflection.contains(it.key()))
            shown.reflection.insert(it.key(), it.value());
    }
    m_base = stored;
    showState(shown);
    m_undo->clear();
    updateHeading();
    updateDirty();
    showProblems({});
}

void EntryEditor::reset(const Entry& shown, const Entry& base)
{
    m_base = base;
    showState(shown);
    // Another entry: forget dismissed suggestions and suggest for it straight away.
    m_topics->sourceChanged();
    m_topics->setMappings(shown.topics);
    m_undo->clear();
    showProblems({});
    updateHeading();
    updateDirty();
}

void EntryEditor::applyState(const Entry& s)
{
    showState(s);
    m_topics->sourceChanged();
    emit changed();
}

void EntryEditor::showState(const Entry& s)
{
    m_applying = true;
    if (m_title->text() != s.title)
        m_title->setText(s.title);
    {
        const QSignalBlocker b1(m_date);
        const QSignalBlocker b2(m_endDate);
        const QSignalBlocker b3(m_hasEndDate);
        m_date->setDate(s.date.isValid() ? s.date : QDate::currentDate());
        m_hasEndDate->setChecked(s.endDate.isValid());
        m_endDate->setEnabled(s.endDate.isValid());
        m_endDate->setDate(s.endDate.isValid() ? s.endDate : m_date->date());
    }
    selectData(m_activity, s.activity);
    selectData(m_feedbackSource, s.feedbackSource);
    selectData(m_feedbackType, s.feedbackType);
    selectData(m_status, s.status);
    m_hours->setValues(s.hours, s.participatoryHours, s.credits);
    m_reflection->setTemplateId(s.templateId);
    m_reflection->setAnswers(s.reflection);
    m_standards->setCodeThemes(s.codeThemes);
    m_standards->setGmpDomains(s.gmpDomains);
    const QString tags = s.tags.join(QLatin1String(", "));
    if (splitTags(m_tags->text()) != s.tags)
        m_tags->setText(tags);
    m_links->setLinks(s.links);
    if (m_topics->mappings() != s.topics)
        m_topics->setMappings(s.topics);
    updateFeedbackVisibility();
    m_applying = false;
    m_current = state();
    updateDirty();
}

Entry EntryEditor::state() const
{
    Entry e = m_base;
    e.title = m_title->text();
    e.date = m_date->date();
    e.endDate = m_hasEndDate->isChecked() ? m_endDate->date() : QDate();
    e.activity = m_activity->currentData().toString();
    const bool feedback = e.activity == QLatin1String("feedback");
    e.feedbackSource = feedback ? m_feedbackSource->currentData().toString() : QString();
    e.feedbackType = feedback ? m_feedbackType->currentData().toString() : QString();
    e.hours = m_hours->hours();
    e.participatoryHours = m_hours->participatoryHours();
    e.credits = m_hours->credits();
    e.templateId = m_reflection->templateId();
    e.reflection = m_reflection->answers();
    e.codeThemes = m_standards->codeThemes();
    e.gmpDomains = m_standards->gmpDomains();
    e.tags = splitTags(m_tags->text());
    e.links = m_links->links();
    e.topics = m_topics->mappings();
    e.status = m_status->currentData().toString();
    return e;
}

Entry EntryEditor::entryToSave() const
{
    Entry e = state();
    const QStringList keys = ReflectionTemplates::fieldKeys(e.templateId);
    QStringList templateKeys;
    const auto templates = ReflectionTemplates::all();
    for (const ReflectionTemplates::Template& t : templates) {
        for (const ReflectionTemplates::Field& f : t.fields)
            templateKeys << f.key;
    }
    QMap<QString, QString> kept;
    // Keys no template knows (from an import) are kept as they were.
    for (auto it = m_base.reflection.cbegin(); it != m_base.reflection.cend(); ++it) {
        if (!templateKeys.contains(it.key()))
            kept.insert(it.key(), it.value());
    }
    for (const QString& key : keys) {
        if (e.reflection.contains(key))
            kept.insert(key, e.reflection.value(key));
    }
    e.reflection = kept;
    return e;
}

void EntryEditor::onEdited(const QString& field)
{
    if (m_applying)
        return;
    // Topics are suggested from the title, reflection, tags and link titles; telling the panel
    // only restarts its pause timer, so this costs nothing per keystroke.
    m_topics->sourceChanged();
    const Entry now = state();
    if (now == m_current)
        return;
    m_undo->push(new EditorSnapshotCommand(this, m_current, now, field));
    m_current = now;
    updateDirty();
    emit changed();
}

bool EntryEditor::isDirty() const
{
    return m_dirty;
}

void EntryEditor::updateDirty()
{
    Entry saved = m_base;
    Entry shown = m_current;
    // Answers kept for a template not chosen do not make an entry unsaved on their own.
    saved.reflection.clear();
    shown.reflection.clear();
    bool dirty = !(saved == shown);
    if (!dirty) {
        const QStringList keys = ReflectionTemplates::fieldKeys(m_current.templateId);
        for (const QString& key : keys)
            dirty = dirty || m_base.reflection.value(key) != m_current.reflection.value(key);
    }
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void EntryEditor::showProblems(const QStringList& problems)
{
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    m_problems->setText(tr("Please check: %1").arg(problems.join(QLatin1String("; "))));
    m_problems->show();
}

void EntryEditor::updateFeedbackVisibility()
{
    m_form->setRowVisible(m_feedbackRow, m_activity->currentData().toString() == QLatin1String("feedback"));
}

void EntryEditor::updateHeading()
{
    m_heading->setText(m_base.id.isEmpty() ? tr("New entry") : tr("Edit entry"));
}

void EntryEditor::setTagCompletions(const QStringList& tags)
{
    static_cast<QStringListModel*>(m_tagCompleter->model())->setStringList(tags);
}

void EntryEditor::setTopicFeedbackStore(TopicFeedbackStore* store)
{
    m_topics->setFeedbackStore(store);
}

QList<QWidget*> EntryEditor::tabChain() const
{
    QList<QWidget*> chain{m_title, m_date, m_hasEndDate, m_endDate, m_activity, m_feedbackSource, m_feedbackType};
    chain << m_hours->tabChain() << m_reflection->tabChain() << m_standards->tabChain() << m_tags
          << m_links->tabChain() << m_topics->tabChain() << m_status << m_discard << m_save;
    return chain;
}

void EntryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

} // namespace cpd
