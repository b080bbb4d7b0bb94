#include "settings/Language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace cpd {
namespace {

const QString kKey = QStringLiteral("interface/language");

QTranslator*& current()
{
    static QTranslator* translator = nullptr;
    return translator;
}

Language::Choice& installedChoice()
{
    static Language::Choice choice = Language::Choice::EnglishUK;
    return choice;
}

} // namespace

Language::Choice Language::stored(QSettings& settings)
{
    const QString value = settings.value(kKey).toString();
    if (value == QLatin1String("cy"))
        return Choice::Welsh;
    if (value == QLatin1String("en_GB"))
        return Choice::EnglishUK;
    return Choice::System;
}

void Language::store(QSettings& settings, Choice choice)
{
    if (choice == Choice::System)
        settings.remove(kKey);
    else
        settings.setValue(kKey, code(choice));
}

Language::Choice Language::resolve(Choice choice, const QLocale& system)
{
    if (choice != Choice::System)
        return choice;
    // uiLanguages() lists the user's languages best first ("cy-GB", "cy", "en-GB", …).
    for (const QString& name : system.uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Welsh)
            return Choice::Welsh;
        if (language == QLocale::English)
            return Choice::EnglishUK;
    }
    return Choice::EnglishUK;
}

QString Language::code(Choice resolved)
{
    return resolved == Choice::Welsh ? QStringLiteral("cy") : QStringLiteral("en_GB");
}

bool Language::install(QCoreApplication& app, Choice choice, const QLocale& system)
{
    if (QTranslator* old = current()) {
        QCoreApplication::removeTranslator(old);
        delete old;
        current() = nullptr;
    }
    const Choice resolved = resolve(choice, system);
    installedChoice() = resolved;
    if (choice == Choice::Welsh)
        QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    else if (choice == Choice::EnglishUK)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/cpdjournal_") + code(resolved))) {
        delete translator;
        installedChoice() = Choice::EnglishUK;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current() = translator;
    return true;
}

Language::Choice Language::installed()
{
    return installedChoice();
}

} // namespace cpd
