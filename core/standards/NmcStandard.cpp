#include "standards/NmcStandard.h"

#include "standards/RevalidationVocabulary.h"
#include "standards/StandardRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cpd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NmcStandard", text);
}

QString more(double missing, const char* one, const char* many)
{
    const double n = std::ceil(missing * 100.0 - 1e-6) / 100.0;
    return n == 1.0 ? tr(one) : tr(many).arg(StandardRules::amount(n));
}

// A requirement met by at least one record of a kind dated inside window.
void countRecords(RequirementProgress& r, const QList<Record>& records, const DateRange& window,
                  const std::function<bool(const Record&)>& test)
{
    for (const Record& rec : records) {
        if (test(rec) && StandardRules::countsAsItem(rec.span(), window))
            r.records << rec.id;
    }
    r.achieved = double(r.records.size());
    r.met = r.achieved >= r.required;
}

bool isDeclaration(const Record& r, const QString& kind)
{
    const Declaration* d = r.as<Declaration>();
    return d && d->kind == kind;
}

} // namespace

QString NmcStandard::name() const
{
    return QCoreApplication::translate("NmcStandard", "NMC revalidation");
}

DateRange NmcStandard::period(const QDate& registrationExpiry)
{
    return StandardRules::yearsEndingOn(registrationExpiry, 3);
}

QDate NmcStandard::applicationDate(const QDate& registrationExpiry)
{
    return QDate(registrationExpiry.year(), registrationExpiry.month(), 1);
}

DateRange NmcStandard::confirmationWindow(const QDate& registrationExpiry)
{
    return StandardRules::yearsEndingOn(registrationExpiry, 1);
}

Status NmcStandard::checkProfile(const Profile& profile) const
{
    if (!profile.registrationExpiry.isValid())
        return fail(QCoreApplication::translate(
            "NmcStandard", "The profile has no registration_expiry, so the NMC revalidation period "
                           "is unknown; set it with profile set."));
    return {};
}

DateRange NmcStandard::evidenceRange(const Profile& profile) const
{
    return period(profile.registrationExpiry);
}

Result<RevalidationStatus> NmcStandard::evaluate(const Profile& profile, const QList<Record>& records,
                                                 const QList<EntryFacts>& entries, const QDate& asOf) const
{
    if (auto ok = checkProfile(profile); !ok)
        return std::unexpected(ok.error());
    const QDate expiry = profile.registrationExpiry;
    RevalidationStatus s;
    s.standard = id();
    s.name = name();
    s.period = period(expiry);
    s.applicationDate = applicationDate(expiry);
    s.applicationOpens = s.applicationDate.addDays(-kApplicationOpensDaysBefore);
    s.asOf = asOf;
    const DateRange window = StandardRules::countingWindow(s.period, asOf);

    // Practice hours: records pro rata by days, like entries, and per registration.
    {
        QStringList held = profile.nmcRegistrations();
        if (held.isEmpty())
            held << QStringLiteral("nurse");
        RequirementProgress r{QStringLiteral("practice-hours"), QCoreApplication::translate("NmcStandard", "Practice hours"),
                              RequirementProgress::Unit::Hours};
        r.required = kHoursPerRegistration * double(held.size());
        QHash<QString, double> byRegistration;
        for (const Record& rec : records) {
            const PracticeHours* ph = rec.as<PracticeHours>();
            if (!ph)
                continue;
            const double share = rec.span().fractionInside(window);
            if (share <= 0)
                continue;
            r.achieved += ph->hours * share;
            byRegistration[ph->registration] += ph->hours * share;
            r.records << rec.id;
        }
        QStringList shortBy;
        if (held.size() > 1) {
            const QList<Vocabulary::Term> names = RevalidationVocabulary::nmcRegistrations();
            for (const QString& reg : std::as_const(held)) {
                const double gap = kHoursPerRegistration - byRegistration.value(reg);
                if (gap > 1e-9)
                    shortBy << QCoreApplication::translate("NmcStandard", "%1 as a %2").arg(StandardRules::amount(gap), Vocabulary::label(names, reg).toLower());
            }
        }
        r.met = r.achieved + 1e-9 >= r.required && shortBy.isEmpty();
        if (!r.met) {
            r.missing = more(qMax(0.0, r.required - r.achieved), QT_TRANSLATE_NOOP("NmcStandard", "1 more practice hour"),
                             QT_TRANSLATE_NOOP("NmcStandard", "%1 more practice hours"));
            if (!shortBy.isEmpty())
                r.missing = QCoreApplication::translate("NmcStandard", "practice hours still needed: %1").arg(shortBy.join(QStringLiteral(", ")));
        }
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("cpd-hours"), QCoreApplication::translate("NmcStandard", "CPD hours"), RequirementProgress::Unit::Hours};
        r.required = kCpdHours;
        StandardRules::sumProRata(r, entries, window, [](const EntryFacts& e) { return e.hours; });
        if (!r.met)
            r.missing = more(r.required - r.achieved, QT_TRANSLATE_NOOP("NmcStandard", "1 more CPD hour"),
                             QT_TRANSLATE_NOOP("NmcStandard", "%1 more CPD hours"));
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("participatory-hours"), QCoreApplication::translate("NmcStandard", "Participatory CPD hours"),
                              RequirementProgress::Unit::Hours};
        r.required = kParticipatoryHours;
        StandardRules::sumProRata(r, entries, window, [](const EntryFacts& e) { return e.participatoryHours; });
        if (!r.met)
            r.missing = more(r.required - r.achieved, QT_TRANSLATE_NOOP("NmcStandard", "1 more participatory CPD hour"),
                             QT_TRANSLATE_NOOP("NmcStandard", "%1 more participatory CPD hours"));
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("feedback"), QCoreApplication::translate("NmcStandard", "Practice-related feedback")};
        r.required = kFeedback;
        StandardRules::countItems(r, entries, window,
                                  [](const EntryFacts& e) { return e.activity == QLatin1String("feedback"); });
        if (!r.met)
            r.missing = more(r.required - r.achieved, QT_TRANSLATE_NOOP("NmcStandard", "1 more piece of feedback"),
                             QT_TRANSLATE_NOOP("NmcStandard", "%1 more pieces of feedback"));
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("reflective-accounts"), QCoreApplication::translate("NmcStandard", "Written reflective accounts")};
        r.required = kReflectiveAccounts;
        StandardRules::countItems(r, entries, window, [](const EntryFacts& e) { return e.completeReflectiveAccount; });
        if (!r.met) {
            r.missing = more(r.required - r.achieved, QT_TRANSLATE_NOOP("NmcStandard", "1 more reflective account"),
                             QT_TRANSLATE_NOOP("NmcStandard", "%1 more reflective accounts"));
            qsizetype unfinished = 0;
            for (const EntryFacts& e : entries) {
                if (e.nmcTemplate && !e.completeReflectiveAccount && StandardRules::countsAsItem(e.span, window))
                    unfinished += e.ids.size();
            }
            if (unfinished > 0)
                r.missing += QCoreApplication::translate("NmcStandard", " (%1 on the NMC form still draft or incomplete)").arg(unfinished);
        }
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("reflective-discussion"), QCoreApplication::translate("NmcStandard", "Reflective discussion")};
        r.required = 1;
        countRecords(r, records, window, [](const Record& rec) { return rec.as<ReflectiveDiscussion>() != nullptr; });
        if (!r.met)
            r.missing = QCoreApplication::translate("NmcStandard", "a reflective discussion with another NMC registrant");
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("health-and-character"), QCoreApplication::translate("NmcStandard", "Health and character declaration")};
        r.required = 1;
        countRecords(r, records, window,
                     [](const Record& rec) { return isDeclaration(rec, QStringLiteral("health-and-character")); });
        if (!r.met)
            r.missing = QCoreApplication::translate("NmcStandard", "the health and character declaration");
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("indemnity"), QCoreApplication::translate("NmcStandard", "Professional indemnity arrangement")};
        r.required = 1;
        countRecords(r, records, window, [](const Record& rec) { return isDeclaration(rec, QStringLiteral("indemnity")); });
        if (!r.met)
            r.missing = QCoreApplication::translate("NmcStandard", "the professional indemnity declaration");
        s.requirements << r;
    }
    {
        const DateRange final12 = StandardRules::countingWindow(confirmationWindow(expiry), asOf);
        RequirementProgress r{QStringLiteral("confirmation"), QCoreApplication::translate("NmcStandard", "Confirmation")};
        r.required = 1;
        countRecords(r, records, final12, [](const Record& rec) { return rec.as<Confirmation>() != nullptr; });
        if (!r.met)
            r.missing = QCoreApplication::translate("NmcStandard", "a confirmation in the final 12 months (from %1)")
                            .arg(QLocale().toString(confirmationWindow(expiry).start, QStringLiteral("d MMMM yyyy")));
        s.requirements << r;
    }
    return s;
}

} // namespace cpd
