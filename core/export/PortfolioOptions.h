#pragma once

#include <QDate>
#include <QStringList>

namespace cpd {

// What the person chose for an export.
struct PortfolioOptions
{
    QString standard = QStringLiteral("nmc"); // nmc | gp
    QDate from; // invalid: the start of the standard's period
    QDate to;   // invalid: its end
    // The reflective accounts to include (entry ids), in that order; empty: up to five complete
    // NMC accounts from the period, newest first.
    QStringList accounts;
    QDate asOf; // invalid: today
};

} // namespace cpd
