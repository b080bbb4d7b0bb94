#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace cpd {

// Settings (Edit > Settings…, Ctrl+,): the interface language (System default, English (UK),
// Cymraeg). Stored in the given QSettings when accepted; a new language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    // Whether the stored language differs from the one the interface is using now.
    bool languageChangePending() const;

    void accept() override;

private:
    void updateNote();

    QSettings& m_settings;
    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace cpd
