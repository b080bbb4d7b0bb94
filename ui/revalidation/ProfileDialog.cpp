#include "revalidation/ProfileDialog.h"

#include "standards/RevalidationVocabulary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cpd {

ProfileDialog::ProfileDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Revalidation profile"));
    setAccessibleName(tr("Revalidation profile"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto add = [&](const char* key, const QString& label, const QString& placeholder = {}) {
        auto* edit = new QLineEdit;
        edit->setAccessibleName(label);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        m_fields.insert(QString::fromLatin1(key), edit);
    };
    add("name", tr("&Name"));
    layout->addLayout(form);

    auto* group = new QGroupBox(tr("Professions and registrations"));
    auto* grid = new QGridLayout(group);
    const QList<Vocabulary::Term> professions = RevalidationVocabulary::professions();
    for (int i = 0; i < professions.size(); ++i) {
        auto* box = new QCheckBox(professions.at(i).label);
        box->setAccessibleName(professions.at(i).label);
        grid->addWidget(box, i / 2, i % 2);
        m_professions.insert(professions.at(i).id, box);
    }
    layout->addWidget(group);

    auto* more = new QFormLayout;
    layout->addLayout(more);
    form = more;
    const QString datePlaceholder = tr("YYYY-MM-DD");
    add("nmc_pin", tr("NMC &Pin"), tr("e.g. 12A3456E"));
    add("registration_expiry", tr("NMC registration &expiry"), datePlaceholder);
    add("gmc_number", tr("&GMC number"), tr("seven digits"));
    add("next_appraisal_date", tr("Next &appraisal date"), datePlaceholder);
    add("revalidation_date", tr("GMC &revalidation date"), datePlaceholder);
    add("employer", tr("E&mployer"));
    m_credits = new QDoubleSpinBox;
    m_credits->setRange(1, 1000);
    m_credits->setDecimals(0);
    m_credits->setValue(Profile::kDefaultGpCredits);
    m_credits->setAccessibleName(tr("CPD credits a year (GP)"));
    form->addRow(tr("CPD &credits a year (GP)"), m_credits);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ProfileDialog::setProfile(const Profile& profile)
{
    const QJsonObject json = profile.toJson();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(json.value(it.key()).toString());
    for (auto it = m_professions.cbegin(); it != m_professions.cend(); ++it)
        it.value()->setChecked(profile.professions.contains(it.key()));
    m_credits->setValue(profile.gpCreditsTarget);
    m_extra = profile.extra;
}

Result<Profile> ProfileDialog::profile() const
{
    QJsonObject json = m_extra;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty())
            json.insert(it.key(), text);
    }
    QStringList professions;
    for (const Vocabulary::Term& t : RevalidationVocabulary::professions()) {
        if (m_professions.value(t.id)->isChecked())
            professions << t.id;
    }
    json.insert(QStringLiteral("professions"), QJsonArray::fromStringList(professions));
    json.insert(QStringLiteral("gp_credits_target"), m_credits->value());
    return Profile::fromJson(json);
}

} // namespace cpd
