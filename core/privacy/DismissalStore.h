#pragma once

#include "privacy/Finding.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cpd {

class Database;

// The person's "not an identifier" answers, kept in the journal (table privacy_dismissals,
// migration 009) and keyed by kind and normalised text: "Mrs  patel" dismissed once is
// dismissed wherever "Mrs Patel" appears again.
class DismissalStore
{
public:
    explicit DismissalStore(Database& db);

    Status dismiss(const QString& kind, const QString& text);
    Result<bool> isDismissed(const QString& kind, const QString& text) const;
    // The findings the person has not dismissed, in their order.
    Result<QList<Finding>> withoutDismissed(const QList<Finding>& findings) const;
    Status undismiss(const QString& kind, const QString& text);

    // Case folded, whitespace simplified; digits-only for numbers and postcodes, so that
    // "943 476 5919" and "9434765919" are the same dismissal.
    static QString normalise(const QString& kind, const QString& text);

private:
    Database& m_db;
};

} // namespace cpd
