#include "firstrun/FirstRunWizard.h"

#include "standards/RevalidationVocabulary.h"
#include "storage/JournalLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpd {

namespace {

bool isNmc(const QString& profession)
{
    return Vocabulary::ids(RevalidationVocabulary::nmcRegistrations()).contains(profession);
}

bool isDoctor(const QString& profession)
{
    return profession == QLatin1String("gp") || profession == QLatin1String("doctor");
}

} // namespace

FirstRunWizard::FirstRunWizard(const std::optional<Profile>& initial, const QString& folder, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("FirstRunWizard"));
    setWindowTitle(tr("Set up CPD Journal"));
    setAccessibleName(tr("Set up CPD Journal"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Skip"));
    button(QWizard::CancelButton)->setToolTip(tr("Start without answering: you can set this up later "
                                                 "from Help ▸ Set up again…"));
    setButtonText(QWizard::FinishButton, tr("Start"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b00020; padding: 6px;"));
    m_error->setAccessibleName(tr("Problem with your answers"));
    m_error->hide();

    setPage(ProfilePage, makeProfilePage());
    setPage(DatePage, makeDatePage());
    setPage(FolderPage, makeFolderPage());
    m_folder->setText(QDir::toNativeSeparators(folder));

    if (initial) {
        m_profile = *initial;
        m_name->setText(initial->name);
        const int row = m_profession->findData(initial->professions.value(0));
        if (row >= 0)
            m_profession->setCurrentIndex(row);
        m_registration->setText(!initial->nmcPin.isEmpty() ? initial->nmcPin : initial->gmcNumber);
    }
    updateForProfession();
    if (initial) {
        const QDate date = initial->isNmcRegistrant() ? initial->registrationExpiry
                           : initial->isDoctor()      ? initial->nextAppraisalDate
                                                      : initial->revalidationDate;
        if (date.isValid())
            m_date->setDate(date);
    }
    // One error label, moved to the page shown, above the page's closing stretch.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        m_error->hide();
        if (auto* box = qobject_cast<QBoxLayout*>(currentPage() ? currentPage()->layout() : nullptr))
            box->insertWidget(box->count() - 1, m_error);
    });
}

QWizardPage* FirstRunWizard::makeProfilePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("You and your registration"));
    page->setSubTitle(tr("So that CPD Journal can show what your regulator asks of you. It stays on "
                         "this computer."));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("firstRunName"));
    m_name->setAccessibleName(tr("Your name"));
    m_profession = new QComboBox;
    m_profession->setObjectName(QStringLiteral("firstRunProfession"));
    m_profession->setAccessibleName(tr("Your profession"));
    const auto professions = RevalidationVocabulary::professions();
    for (const auto& term : professions)
        m_profession->addItem(term.label, term.id);
    m_registrationLabel = new QLabel;
    m_registration = new QLineEdit;
    m_registration->setObjectName(QStringLiteral("firstRunRegistration"));
    m_registrationLabel->setBuddy(m_registration);
    connect(m_profession, &QComboBox::currentIndexChanged, this, [this] { updateForProfession(); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(m_registrationLabel, m_registration);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    return page;
}

QWizardPage* FirstRunWizard::makeDatePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Your next deadline"));
    page->setSubTitle(tr("The dashboard counts down to it and reminds you as it comes near."));
    m_dateLabel = new QLabel;
    m_date = new QDateEdit(QDate::currentDate().addYears(1));
    m_date->setObjectName(QStringLiteral("firstRunDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_dateLabel->setBuddy(m_date);
    m_dateHint = new QLabel;
    m_dateHint->setObjectName(QStringLiteral("hint"));
    m_dateHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_dateHint);
    layout->addStretch(1);
    return page;
}

QWizardPage* FirstRunWizard::makeFolderPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Where to keep your journal"));
    page->setSubTitle(tr("Your journal is one file. Keep it somewhere that is backed up, and never on "
                         "a shared drive others can read."));
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("firstRunFolder"));
    m_folder->setAccessibleName(tr("Folder for the journal"));
    m_choose = new QPushButton(tr("&Choose…"));
    m_choose->setAccessibleName(tr("Choose the folder for the journal"));
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for your journal"), folder());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    m_sample = new QCheckBox(tr("Also open the &sample journal to look around"));
    m_sample->setObjectName(QStringLiteral("firstRunSample"));
    m_sample->setToolTip(tr("A separate journal of made-up entries. Your own journal is not touched."));
    m_folderNote = new QLabel;
    m_folderNote->setObjectName(QStringLiteral("hint"));
    m_folderNote->setWordWrap(true);
    m_folderNote->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_choose);
    auto* label = new QLabel(tr("&Folder:"));
    label->setBuddy(m_folder);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_folderNote);
    layout->addSpacing(12);
    layout->addWidget(m_sample);
    layout->addStretch(1);
    return page;
}

QString FirstRunWizard::professionId() const
{
    return m_profession->currentData().toString();
}

void FirstRunWizard::updateForProfession()
{
    const QString id = professionId();
    const bool nmc = isNmc(id);
    const bool doctor = isDoctor(id);
    m_registrationLabel->setText(nmc ? tr("NMC &Pin:") : doctor ? tr("GMC &number:") : tr("&Registration number:"));
    m_registration->setPlaceholderText(nmc ? tr("e.g. 12A3456E") : doctor ? tr("seven digits") : QString());
    m_registration->setAccessibleName(nmc ? tr("NMC Pin") : doctor ? tr("GMC reference number") : tr("Registration number"));
    // Only the NMC Pin and the GMC number are kept in the profile.
    m_registrationLabel->setVisible(nmc || doctor);
    m_registration->setVisible(nmc || doctor);

    m_dateLabel->setText(nmc ? tr("Registration &expires on:") : doctor ? tr("Next &appraisal on:") : tr("Next &revalidation on:"));
    m_date->setAccessibleName(m_dateLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_dateHint->setText(nmc ? tr("Your revalidation application is due on the first day of the month your "
                                 "registration expires, and opens 60 days before it.")
                        : doctor ? tr("Your appraisal year is the 12 months before it. Revalidation follows "
                                      "every five years.")
                                 : tr("Optional: leave it if your regulator has no date for you yet."));
}

QJsonObject FirstRunWizard::answers(bool placeholderDate) const
{
    const QString id = professionId();
    QJsonObject o = m_profile.toJson(); // keeps what the wizard does not ask (employer, extra keys…)
    o.insert(QStringLiteral("name"), m_name->text().trimmed());
    o.insert(QStringLiteral("professions"), QJsonArray{id});
    const QString number = m_registration->text().trimmed();
    o.insert(QStringLiteral("nmc_pin"), isNmc(id) ? number : QString());
    o.insert(QStringLiteral("gmc_number"), isDoctor(id) ? number : QString());
    const QString date = (placeholderDate ? QDate::currentDate() : m_date->date()).toString(Qt::ISODate);
    if (isNmc(id))
        o.insert(QStringLiteral("registration_expiry"), date);
    else if (isDoctor(id))
        o.insert(QStringLiteral("next_appraisal_date"), date);
    else if (!placeholderDate)
        o.insert(QStringLiteral("revalidation_date"), date);
    // Empty strings and the other profession's date would be stored as given: leave them out.
    for (const QString& key : {QStringLiteral("nmc_pin"), QStringLiteral("gmc_number")}) {
        if (o.value(key).toString().isEmpty())
            o.remove(key);
    }
    if (!isNmc(id))
        o.remove(QStringLiteral("registration_expiry"));
    if (!isDoctor(id))
        o.remove(QStringLiteral("next_appraisal_date"));
    return o;
}

bool FirstRunWizard::check(bool placeholderDate)
{
    auto profile = Profile::fromJson(answers(placeholderDate));
    if (!profile) {
        // The profile's own messages name JSON keys; say it in the form's words.
        QString message = profile.error().message;
        message.replace(QStringLiteral("\"name\""), tr("Your name"))
            .replace(QStringLiteral("\"nmc_pin\""), tr("The NMC Pin"))
            .replace(QStringLiteral("\"gmc_number\""), tr("The GMC number"));
        m_error->setText(message);
        m_error->show();
        return false;
    }
    m_error->hide();
    if (!placeholderDate)
        m_profile = *profile;
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ProfilePage:
        // The date is asked next: a stand-in lets the registration be checked now.
        return check(true);
    case DatePage:
        return check(false);
    case FolderPage:
        if (m_folder->text().trimmed().isEmpty())
            m_folder->setText(QDir::toNativeSeparators(JournalLocation::defaultFolder()));
        return check(false);
    }
    return QWizard::validateCurrentPage();
}

QString FirstRunWizard::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

void FirstRunWizard::setFolderFixed(const QString& why)
{
    m_folder->setReadOnly(true);
    m_choose->hide();
    m_folderNote->setText(why);
    m_folderNote->show();
}

bool FirstRunWizard::openSample() const
{
    return m_sample->isChecked();
}

} // namespace cpd
