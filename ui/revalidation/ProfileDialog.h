#pragma once

#include "standards/Profile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace cpd {

// Edits the revalidation profile. Dates are typed YYYY-MM-DD and may be left empty; what the
// profile JSON would refuse, profile() refuses with the same words.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    Result<Profile> profile() const;
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QCheckBox* professionBox(const QString& id) const { return m_professions.value(id); }

private:
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QCheckBox*> m_professions;
    QDoubleSpinBox* m_credits;
    QJsonObject m_extra;
};

} // namespace cpd
