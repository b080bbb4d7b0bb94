#include "settings/SettingsDialog.h"

#include "settings/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace cpd {

SettingsDialog::SettingsDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox;
    // Each language is named in its own words, as language choosers do.
    m_language->addItem(tr("System default"), QVariant::fromValue(int(Language::Choice::System)));
    m_language->addItem(QStringLiteral("English (UK)"),
                        QVariant::fromValue(int(Language::Choice::EnglishUK)));
    m_language->addItem(QStringLiteral("Cymraeg"),
                        QVariant::fromValue(int(Language::Choice::Welsh)));
    m_language->setCurrentIndex(m_language->findData(int(Language::stored(m_settings))));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of the interface. System default follows your "
           "computer's language settings."));
    form->addRow(tr("&Language"), m_language);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Language note"));
    layout->addWidget(m_note);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::languageChangePending() const
{
    const auto chosen = Language::Choice(m_language->currentData().toInt());
    return Language::resolve(chosen) != Language::installed();
}

void SettingsDialog::updateNote()
{
    m_note->setText(languageChangePending()
                        ? tr("The new language applies the next time you start CPD Journal.")
                        : tr("A change of language applies the next time you start CPD Journal."));
}

void SettingsDialog::accept()
{
    Language::store(m_settings, Language::Choice(m_language->currentData().toInt()));
    m_settings.sync();
    QDialog::accept();
}

} // namespace cpd
