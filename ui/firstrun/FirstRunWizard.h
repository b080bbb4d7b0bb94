#pragma once

#include "standards/Profile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cpd {

// The three questions that matter when CPD Journal first starts: profession and registration
// (checked as the profile is: Profile::fromJson), the revalidation or appraisal date, and where to
// keep the journal. Skippable (the Cancel button says Skip); Help ▸ Set up again… shows it again.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProfilePage, DatePage, FolderPage };

    // initial: the journal's profile, when it has one; folder: where the journal is kept now.
    FirstRunWizard(const std::optional<Profile>& initial, const QString& folder, QWidget* parent = nullptr);

    // After accept(): the profile to save, the folder chosen, and whether to open the sample.
    Profile profile() const { return m_profile; }
    QString folder() const;
    bool openSample() const;
    // When a journal is open already: the folder is shown, with why it cannot change here.
    void setFolderFixed(const QString& why);

    // What the user typed, for tests and the folder button.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* professionBox() const { return m_profession; }
    QLineEdit* registrationEdit() const { return m_registration; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* folderEdit() const { return m_folder; }
    QCheckBox* sampleCheck() const { return m_sample; }
    QLabel* errorLabel() const { return m_error; }

    bool validateCurrentPage() override;

private:
    QWizardPage* makeProfilePage();
    QWizardPage* makeDatePage();
    QWizardPage* makeFolderPage();
    void updateForProfession();
    QString professionId() const;
    // The answers as the profile's JSON form; placeholderDate stands in for the date not yet asked.
    QJsonObject answers(bool placeholderDate) const;
    bool check(bool placeholderDate);

    Profile m_profile;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profession = nullptr;
    QLabel* m_registrationLabel = nullptr;
    QLineEdit* m_registration = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_dateHint = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_folderNote = nullptr;
    QCheckBox* m_sample = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace cpd
