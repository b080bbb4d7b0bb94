#include "editor/ReflectionPanel.h"

#include "journal/ReflectionTemplates.h"
#include "privacy/PrivacyGuard.h"
#include "spelling/SpellCheckController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cpd {

ReflectionPanel::ReflectionPanel(QWidget* parent)
    : QWidget(parent), m_privacy(new PrivacyGuard(this)), m_spelling(new SpellCheckController(this))
{
    // One context menu: spelling first, then the privacy actions, then the field's own.
    m_spelling->setMenuSource([this](QPlainTextEdit* edit, const QPoint& pos) {
        return m_privacy->createContextMenu(edit, pos);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Reflective template"));
    auto* row = new QHBoxLayout;
    auto* templateLabel = new QLabel(tr("Reflect &using"), this);
    templateLabel->setBuddy(m_template);
    row->addWidget(templateLabel);
    row->addWidget(m_template, 1);
    layout->addLayout(row);

    m_keptNote = new QLabel(this);
    m_keptNote->setObjectName(QStringLiteral("hint"));
    m_keptNote->setWordWrap(true);
    m_keptNote->hide();
    layout->addWidget(m_keptNote);

    const auto templates = ReflectionTemplates::all();
    for (const ReflectionTemplates::Template& t : templates) {
        m_template->addItem(t.name, t.id);
        auto* page = new QWidget(this);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 4, 0, 0);
        for (const ReflectionTemplates::Field& f : t.fields) {
            auto* edit = new QPlainTextEdit(page);
            edit->setObjectName(QStringLiteral("reflection_") + f.key);
            edit->setAccessibleName(f.question);
            edit->setPlaceholderText(f.hint);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(t.fields.size() == 1 ? 220 : 96);
            auto* label = new QLabel(f.question, page);
            label->setWordWrap(true);
            label->setObjectName(QStringLiteral("question"));
            label->setBuddy(edit);
            pageLayout->addWidget(label);
            pageLayout->addWidget(edit);
            m_fields.insert(f.key, edit);
            m_privacy->watch(edit);
            m_spelling->watch(edit); // watched last, so its filter runs first and builds the one menu
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, key = f.key] { emit edited(QStringLiteral("reflection:") + key); });
        }
        page->hide();
        layout->addWidget(page);
        m_pages.insert(t.id, page);
    }
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        showTemplate(templateId());
        emit edited(QString());
    });
    setTemplateId(QStringLiteral("nmc"));
}

QString ReflectionPanel::templateId() const
{
    return m_template->currentData().toString();
}

void ReflectionPanel::setTemplateId(const QString& id)
{
    const QSignalBlocker blocker(m_template);
    const int index = m_template->findData(ReflectionTemplates::byId(id).id);
    m_template->setCurrentIndex(index);
    showTemplate(templateId());
}

void ReflectionPanel::showTemplate(const QString& id)
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        it.value()->setVisible(it.key() == id);
    // Say so when answers to another template are being kept, so nobody thinks they are gone.
    const QStringList visible = ReflectionTemplates::fieldKeys(id);
    QStringList others;
    const auto templates = ReflectionTemplates::all();
    for (const ReflectionTemplates::Template& t : templates) {
        if (t.id == id)
            continue;
        for (const ReflectionTemplates::Field& f : t.fields) {
            if (!m_fields.value(f.key)->toPlainText().trimmed().isEmpty()) {
                others << t.name;
                break;
            }
        }
    }
    m_keptNote->setText(tr("Your answers under %1 are kept while you edit: switch back to see them. "
                           "Only this template's answers are saved.")
                            .arg(others.join(QLatin1String(", "))));
    m_keptNote->setVisible(!others.isEmpty());
}

QMap<QString, QString> ReflectionPanel::answers() const
{
    QMap<QString, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->toPlainText();
        if (!text.isEmpty())
            out.insert(it.key(), text);
    }
    return out;
}

void ReflectionPanel::setAnswers(const QMap<QString, QString>& answers)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = answers.value(it.key());
        if (it.value()->toPlainText() == text)
            continue;
        const QSignalBlocker blocker(it.value());
        it.value()->setPlainText(text);
        it.value()->moveCursor(QTextCursor::End);
    }
    showTemplate(templateId());
}

QList<QWidget*> ReflectionPanel::tabChain() const
{
    QList<QWidget*> chain{m_template};
    const auto templates = ReflectionTemplates::all();
    for (const ReflectionTemplates::Template& t : templates) {
        for (const ReflectionTemplates::Field& f : t.fields)
            chain << m_fields.value(f.key);
    }
    return chain;
}

QList<QPlainTextEdit*> ReflectionPanel::visibleFields() const
{
    QList<QPlainTextEdit*> out;
    const QStringList keys = ReflectionTemplates::fieldKeys(templateId());
    for (const QString& key : keys)
        out << m_fields.value(key);
    return out;
}

} // namespace cpd
