#pragma once

#include <QHash>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace cpd {

class PrivacyGuard;
class SpellCheckController;

// The template switcher and the template's questions as labelled answer fields. Every
// template's answers are kept while the person switches between templates, so nothing typed is
// lost by trying another model.
class ReflectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReflectionPanel(QWidget* parent = nullptr);

    QString templateId() const;
    void setTemplateId(const QString& id);
    // Every non-empty answer, of every template, keyed by JSON key.
    QMap<QString, QString> answers() const;
    void setAnswers(const QMap<QString, QString>& answers);

    QComboBox* templateBox() const { return m_template; }
    // The answer field for key (of any template), or null.
    QPlainTextEdit* field(const QString& key) const { return m_fields.value(key); }
    QList<QPlainTextEdit*> visibleFields() const;
    // The template box, then every template's fields in question order (hidden ones are skipped).
    QList<QWidget*> tabChain() const;
    // Underlines likely patient identifiers in every answer field (redact / not an identifier).
    PrivacyGuard* privacyGuard() const { return m_privacy; }
    // Underlines misspelt words in every answer field (suggestions, add to dictionary, ignore).
    SpellCheckController* spelling() const { return m_spelling; }

signals:
    void edited(const QString& field);

private:
    void showTemplate(const QString& id);

    QComboBox* m_template;
    QLabel* m_keptNote;
    QHash<QString, QPlainTextEdit*> m_fields;
    QHash<QString, QWidget*> m_pages; // template id -> its questions
    PrivacyGuard* m_privacy;
    SpellCheckController* m_spelling;
};

} // namespace cpd
