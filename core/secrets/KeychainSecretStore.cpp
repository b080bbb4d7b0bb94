#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cpd {

namespace {

// A job that never finishes (a keyring waiting on an invisible password prompt) must not hang
// the app for ever.
constexpr int kJobTimeoutMs = 60 * 1000;

// Runs job to its end. Returns false when it timed out.
bool runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kJobTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

QString describe(const QKeychain::Job& job, const QString& doing)
{
    const QString detail = job.errorString();
    QString advice;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        advice = QCoreApplication::translate(
            "KeychainSecretStore",
            "no keychain is available (on Linux, a Secret Service such as GNOME Keyring or "
            "KWallet must be running in your session)");
        break;
    case QKeychain::AccessDeniedByUser:
        advice = QCoreApplication::translate("KeychainSecretStore",
                                             "access to the keychain was refused");
        break;
    case QKeychain::AccessDenied:
        advice = QCoreApplication::translate("KeychainSecretStore", "the keychain refused access");
        break;
    default:
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            advice = QCoreApplication::translate(
                "KeychainSecretStore",
                "the keyring is locked; unlock it (log in again or open your keyring "
                "manager) and try again");
        else if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                 || detail.contains(QLatin1String("org.freedesktop.secrets"))
                 || detail.contains(QLatin1String("ServiceUnknown")))
            advice = QCoreApplication::translate(
                "KeychainSecretStore",
                "no Secret Service is running (start GNOME Keyring or KWallet in your "
                "desktop session)");
        else
            advice = QCoreApplication::translate("KeychainSecretStore",
                                                 "the keychain reported an error");
        break;
    }
    if (detail.isEmpty())
        return QStringLiteral("%1: %2").arg(doing, advice);
    return QStringLiteral("%1: %2 (%3)").arg(doing, advice, detail);
}

QString timedOut(const QString& doing)
{
    return QStringLiteral("%1: %2").arg(
        doing,
        QCoreApplication::translate(
            "KeychainSecretStore",
            "the keychain did not answer within a minute (is it waiting for a password prompt?)"));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString& key)
{
    const QString doing = QCoreApplication::translate("KeychainSecretStore",
                                                      "Could not read \"%1\" from the keychain")
                              .arg(key);
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runToEnd(job))
        return fail(timedOut(doing));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>{};
    if (job.error() != QKeychain::NoError)
        return fail(describe(job, doing));
    return std::optional<QByteArray>{job.binaryData()};
}

Status KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    const QString doing =
        QCoreApplication::translate("KeychainSecretStore", "Could not store \"%1\" in the keychain")
            .arg(key);
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!runToEnd(job))
        return fail(timedOut(doing));
    if (job.error() != QKeychain::NoError)
        return fail(describe(job, doing));
    return {};
}

Status KeychainSecretStore::remove(const QString& key)
{
    const QString doing = QCoreApplication::translate("KeychainSecretStore",
                                                      "Could not remove \"%1\" from the keychain")
                              .arg(key);
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runToEnd(job))
        return fail(timedOut(doing));
    if (job.error() == QKeychain::EntryNotFound || job.error() == QKeychain::NoError)
        return {};
    return fail(describe(job, doing));
}

} // namespace cpd
