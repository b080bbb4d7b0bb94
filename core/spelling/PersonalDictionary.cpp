#include "spelling/PersonalDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace cpd {

PersonalDictionary::PersonalDictionary(QString path) : m_path(std::move(path)) {}

QString PersonalDictionary::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("personal-dictionary.txt"));
}

Result<QStringList> PersonalDictionary::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return QStringList{};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QCoreApplication::translate("cpd::PersonalDictionary",
                                                "Your personal dictionary %1 could not be read: %2")
                        .arg(m_path, file.errorString()));
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            words << line.trimmed();
    }
    return words;
}

Status PersonalDictionary::add(const QString& word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.contains(QLatin1Char('\n')))
        return fail(QCoreApplication::translate("cpd::PersonalDictionary", "Only a single word can be added to the dictionary."));
    Result<QStringList> words = load();
    if (!words)
        return std::unexpected(words.error());
    if (words->contains(w))
        return {};
    words->append(w);
    words->sort(Qt::CaseInsensitive);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QCoreApplication::translate("cpd::PersonalDictionary",
                                                "The word could not be added to your personal dictionary %1: %2")
                        .arg(m_path, file.errorString()));
    file.write(words->join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        return fail(QCoreApplication::translate("cpd::PersonalDictionary",
                                                "The word could not be added to your personal dictionary %1: %2")
                        .arg(m_path, file.errorString()));
    return {};
}

} // namespace cpd
