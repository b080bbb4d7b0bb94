#pragma once

#include "journal/Entry.h"
#include "standards/Profile.h"
#include "standards/Record.h"
#include "standards/RevalidationStatus.h"
#include "topics/TopicCoverageReport.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cpd {

// What goes into a portfolio: chosen from the journal's entries, records and profile, ready to
// be rendered (PDF, HTML) or written out (CSV). Pure data, no layout.
struct Portfolio
{
    struct EvidenceItem
    {
        QString kind; // guideline | case | social | web | link
        QString title;
        QString url;
        QString detail;        // a guideline's identifier, a case's setting, a find's author
        QStringList entryIds;  // the entries it supports
        QStringList entryTitles;
    };
    struct SupportingGroup
    {
        QString id; // cpd | quality-improvement | significant-events | colleague-feedback | patient-feedback | complaints-compliments
        QList<Entry> entries;
    };
    struct DomainRow
    {
        QString id;
        int entries = 0;
        double credits = 0;
    };

    QString standard; // nmc | gp
    Profile profile;
    RevalidationStatus status;
    DateRange period; // what the portfolio covers (the standard's period unless chosen)
    QDate made;

    QList<Entry> cpd;      // oldest first
    QList<Entry> feedback; // oldest first
    QList<Entry> accounts; // the reflective accounts shown, oldest first
    QList<Record> practiceHours;
    QList<Record> discussions;
    QList<Record> confirmations;
    QList<Record> declarations;
    QList<Record> pdpReviews;
    QList<EvidenceItem> evidence;
    TopicCoverageReport topics;
    QList<SupportingGroup> supporting; // GP: the six kinds, in the GMC's order
    QList<DomainRow> domains;          // GP: GMP 2024 domains

    double cpdHours = 0;
    double participatoryHours = 0;
    double credits = 0;
};

} // namespace cpd
