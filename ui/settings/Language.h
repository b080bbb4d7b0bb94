#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QSettings;

namespace cpd {

// The interface language: UK English (the source) or Welsh (Cymraeg), chosen in Settings
// (stored in QSettings under "interface/language") or else taken from the system locale.
// install() loads the embedded translation (:/i18n/cpdjournal_<lang>.qm) into the application;
// English loads cpdjournal_en_GB for its plural forms ("1 entry", "2 entries"). A change of
// language applies the next time the app starts.
class Language
{
public:
    enum class Choice
    {
        System,
        EnglishUK,
        Welsh
    };

    // What the user chose (System when nothing is stored or the stored value is unknown).
    static Choice stored(QSettings& settings);
    static void store(QSettings& settings, Choice choice);

    // The language the interface actually uses for a choice: System follows QLocale::system()'s
    // UI languages, Welsh when Welsh comes before English there, else UK English.
    static Choice resolve(Choice choice, const QLocale& system = QLocale::system());
    // "cy" or "en_GB": the suffix of the translation file.
    static QString code(Choice resolved);

    // Installs the translators for the choice into app (removing any this class installed
    // before) and, for an explicit choice, makes that language's locale the default so dates
    // and numbers follow it. Returns false (and leaves the interface in plain English) when the
    // embedded translation cannot be loaded.
    static bool install(QCoreApplication& app, Choice choice,
                        const QLocale& system = QLocale::system());
    // The resolved language of the last install() (EnglishUK before any).
    static Choice installed();
};

} // namespace cpd
