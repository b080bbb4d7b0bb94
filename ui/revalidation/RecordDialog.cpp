#include "revalidation/RecordDialog.h"

#include "standards/RevalidationVocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cpd {
namespace {

enum class Kind { Text, LongText, Date, Hours, Choice };

struct FieldSpec
{
    const char* key;
    QString label;
    Kind kind = Kind::Text;
    QList<Vocabulary::Term> choices = {};
};

} // namespace

RecordDialog::RecordDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add a revalidation record"));
    setAccessibleName(tr("Add a revalidation record"));
    auto* layout = new QVBoxLayout(this);
    m_type = new QComboBox;
    m_type->setAccessibleName(tr("Record type"));
    auto* top = new QFormLayout;
    top->addRow(tr("&Record"), m_type);
    layout->addLayout(top);
    m_forms = new QStackedWidget;
    layout->addWidget(m_forms, 1);

    const QHash<QString, QList<FieldSpec>> specs = {
        {QStringLiteral("practice-hours"),
         {{"from", tr("From"), Kind::Date}, {"to", tr("To"), Kind::Date},
          {"organisation", tr("Name of organisation")}, {"address", tr("Address of organisation")},
          {"work_setting", tr("Work setting"), Kind::Choice, RevalidationVocabulary::workSettings()},
          {"scope", tr("Scope of practice"), Kind::Choice, RevalidationVocabulary::scopesOfPractice()},
          {"hours", tr("Number of hours"), Kind::Hours},
          {"registration", tr("Registration"), Kind::Choice, RevalidationVocabulary::nmcRegistrations()},
          {"description", tr("Brief description of your work"), Kind::LongText}}},
        {QStringLiteral("discussion"),
         {{"partner_name", tr("Partner's name")}, {"partner_pin", tr("Partner's NMC Pin")},
          {"partner_email", tr("Partner's email")}, {"partner_address", tr("Partner's professional address")},
          {"partner_postcode", tr("Postcode")}, {"date", tr("Date of the discussion"), Kind::Date},
          {"summary", tr("Brief summary of the discussion"), Kind::LongText}}},
        {QStringLiteral("confirmation"),
         {{"confirmer_name", tr("Confirmer's name")},
          {"confirmer_id", tr("NMC Pin or other professional identification number")},
          {"confirmer_email", tr("Confirmer's email")}, {"confirmer_address", tr("Professional address")},
          {"confirmer_postcode", tr("Postcode")}, {"date", tr("Date of the confirmation"), Kind::Date}}},
        {QStringLiteral("declaration"),
         {{"kind", tr("Declaration"), Kind::Choice, RevalidationVocabulary::declarationKinds()},
          {"date", tr("Date"), Kind::Date},
          {"arrangement", tr("Indemnity arrangement"), Kind::Choice,
           QList<Vocabulary::Term>{{QString(), tr("(not an indemnity declaration)")}}
               + RevalidationVocabulary::indemnityArrangements()},
          {"provider", tr("Indemnity provider")}}},
        {QStringLiteral("pdp-review"),
         {{"date", tr("Date of the review"), Kind::Date},
          {"summary", tr("How last year's plan went"), Kind::LongText}}},
    };

    for (const Vocabulary::Term& type : RevalidationVocabulary::recordTypes()) {
        m_type->addItem(type.label, type.id);
        auto* page = new QWidget;
        auto* form = new QFormLayout(page);
        for (const FieldSpec& spec : specs.value(type.id)) {
            QWidget* input = nullptr;
            switch (spec.kind) {
            case Kind::Text:
                input = new QLineEdit;
                break;
            case Kind::Date: {
                auto* edit = new QLineEdit;
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
                input = edit;
                break;
            }
            case Kind::LongText: {
                auto* edit = new QPlainTextEdit;
                edit->setTabChangesFocus(true);
                edit->setMaximumHeight(90);
                input = edit;
                break;
            }
            case Kind::Hours: {
                auto* spin = new QDoubleSpinBox;
                spin->setRange(0, 100000);
                spin->setDecimals(1);
                input = spin;
                break;
            }
            case Kind::Choice: {
                auto* box = new QComboBox;
                for (const Vocabulary::Term& t : spec.choices)
                    box->addItem(t.label, t.id);
                input = box;
                break;
            }
            }
            input->setAccessibleName(spec.label);
            form->addRow(spec.label, input);
            m_fields[type.id].insert(QString::fromLatin1(spec.key), input);
        }
        m_forms->addWidget(page);
    }
    connect(m_type, &QComboBox::currentIndexChanged, m_forms, &QStackedWidget::setCurrentIndex);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RecordDialog::setType(const QString& type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

QString RecordDialog::type() const
{
    return m_type->currentData().toString();
}

QWidget* RecordDialog::field(const QString& key) const
{
    return m_fields.value(type()).value(key);
}

Result<Record> RecordDialog::record() const
{
    QJsonObject json;
    const QHash<QString, QWidget*> fields = m_fields.value(type());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QJsonValue value;
        if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            value = line->text().trimmed();
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            value = text->toPlainText().trimmed();
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(it.value()))
            value = spin->value();
        else if (auto* box = qobject_cast<QComboBox*>(it.value()))
            value = box->currentData().toString();
        // Empty text is left out, so "is missing" names what to fill in.
        if (!(value.isString() && value.toString().isEmpty()))
            json.insert(it.key(), value);
    }
    return Record::fromJson(type(), json);
}

} // namespace cpd
