#include "privacy/DismissalStore.h"

#include "privacy/ConfidentialityScanner.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace cpd {

DismissalStore::DismissalStore(Database& db) : m_db(db) {}

QString DismissalStore::normalise(const QString& kind, const QString& text)
{
    if (kind == ConfidentialityScanner::kindNhsNumber() || kind == ConfidentialityScanner::kindPhone()) {
        QString digits;
        for (QChar c : text) {
            if (c.isDigit())
                digits.append(c);
        }
        // "+44 7700 900123" and "07700 900123" are the same number
        if (digits.startsWith(QLatin1String("44")) && text.trimmed().startsWith(QLatin1Char('+')))
            digits = QLatin1Char('0') + digits.mid(2);
        else if (digits.startsWith(QLatin1String("0044")))
            digits = QLatin1Char('0') + digits.mid(4);
        if (digits.startsWith(QLatin1String("00")))
            digits = digits.mid(1);
        return digits;
    }
    if (kind == ConfidentialityScanner::kindPostcode())
        return text.toUpper().remove(QLatin1Char(' '));
    QString s = text.simplified().toCaseFolded();
    s.replace(QChar(0x2019), QLatin1Char('\''));
    return s;
}

Status DismissalStore::dismiss(const QString& kind, const QString& text)
{
    if (!ConfidentialityScanner::kinds().contains(kind))
        return fail(
            QCoreApplication::translate("DismissalStore", "\"%1\" is not a kind of identifier.")
                .arg(kind));
    const QString key = normalise(kind, text);
    if (key.isEmpty())
        return fail(QCoreApplication::translate("DismissalStore", "There is nothing to dismiss."));
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO privacy_dismissals (kind, text, created) VALUES (?, ?, ?) "
                                                     "ON CONFLICT (kind, text) DO NOTHING")); !ok)
        return ok;
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return Sql::exec(q, QCoreApplication::translate("DismissalStore",
                                                    "remember that this is not an identifier"));
}

Status DismissalStore::undismiss(const QString& kind, const QString& text)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("DELETE FROM privacy_dismissals WHERE kind = ? AND text = ?")); !ok)
        return ok;
    q.addBindValue(kind);
    q.addBindValue(normalise(kind, text));
    return Sql::exec(
        q, QCoreApplication::translate("DismissalStore", "forget a dismissed identifier"));
}

Result<bool> DismissalStore::isDismissed(const QString& kind, const QString& text) const
{
    auto v = Sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT count(*) FROM privacy_dismissals WHERE kind = ? AND text = ?"),
        QCoreApplication::translate("DismissalStore", "read the dismissed identifiers"),
        {kind, normalise(kind, text)});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt() > 0;
}

Result<QList<Finding>> DismissalStore::withoutDismissed(const QList<Finding>& findings) const
{
    if (findings.isEmpty())
        return findings;
    // One read of the (small) table rather than a query per finding.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT kind, text FROM privacy_dismissals")))
        return fail(Sql::describe(
            q.lastError(),
            QCoreApplication::translate("DismissalStore", "read the dismissed identifiers")));
    QSet<QString> dismissed;
    while (q.next())
        dismissed.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString());
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (!dismissed.contains(f.kind + QLatin1Char('\n') + normalise(f.kind, f.text)))
            out.append(f);
    }
    return out;
}

} // namespace cpd
