#include "backup/BackupPassphrases.h"

#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace cpd {

QString BackupPassphrases::keyFor(const QString& journalPath)
{
    const QByteArray path = QFileInfo(journalPath).absoluteFilePath().toUtf8();
    return QStringLiteral("backup-passphrase/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

Result<std::optional<QByteArray>> BackupPassphrases::recall(const QString& journalPath)
{
    return m_store.read(keyFor(journalPath));
}

Status BackupPassphrases::remember(const QString& journalPath, const QByteArray& passphrase)
{
    if (passphrase.isEmpty())
        return fail(QStringLiteral("The passphrase is empty; there is nothing to remember."));
    return m_store.write(keyFor(journalPath), passphrase);
}

Status BackupPassphrases::forget(const QString& journalPath)
{
    return m_store.remove(keyFor(journalPath));
}

} // namespace cpd
