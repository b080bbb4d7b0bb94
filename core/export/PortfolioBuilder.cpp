#include "export/PortfolioBuilder.h"

#include "journal/EntryRepository.h"
#include "standards/EntryFacts.h"
#include "standards/RecordRepository.h"
#include "standards/RevalidationService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicCoverage.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cpd {
namespace {

// The GMC's six kinds of supporting information, classified as GpAppraisalStandard counts them.
QString supportingKind(const Entry& e)
{
    if (e.activity == QLatin1String("audit"))
        return QStringLiteral("quality-improvement");
    if (e.activity == QLatin1String("significant-event"))
        return QStringLiteral("significant-events");
    if (e.activity == QLatin1String("feedback") && e.feedbackSource == QLatin1String("colleague"))
        return QStringLiteral("colleague-feedback");
    if (e.activity == QLatin1String("feedback") && e.feedbackSource == QLatin1String("patient"))
        return QStringLiteral("patient-feedback");
    if (e.activity == QLatin1String("complaint-or-compliment"))
        return QStringLiteral("complaints-compliments");
    return QStringLiteral("cpd");
}

bool touches(const Record& r, const DateRange& period)
{
    return r.span().overlapDays(period) > 0;
}

} // namespace

PortfolioBuilder::PortfolioBuilder(Database& db, const Clock& clock, const StandardRegistry& standards)
    : m_db(db), m_clock(clock), m_standards(standards)
{
}

Result<QList<Entry>> PortfolioBuilder::candidateAccounts(const DateRange& period) const
{
    EntryFilter f;
    f.from = period.start;
    f.to = period.end;
    auto list = EntryRepository(m_db, m_clock).entries(f);
    if (!list)
        return list;
    return candidateAccounts(*list);
}

QList<Entry> PortfolioBuilder::candidateAccounts(const QList<Entry>& inPeriod)
{
    QList<Entry> out;
    for (const Entry& e : inPeriod) {
        if (e.templateId == QLatin1String("nmc"))
            out << e;
    }
    // Complete accounts first (they count), newest first within each.
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return EntryFacts::isCompleteReflectiveAccount(a) && !EntryFacts::isCompleteReflectiveAccount(b);
    });
    return out;
}

Result<Portfolio> PortfolioBuilder::build(const PortfolioOptions& options) const
{
    if (options.standard != QLatin1String("nmc") && options.standard != QLatin1String("gp"))
        return fail(QCoreApplication::translate("PortfolioBuilder", "There is no portfolio for the standard \"%1\"; use nmc or gp.").arg(options.standard));
    RevalidationService service(m_db, m_standards);
    auto profile = service.profile();
    if (!profile)
        return std::unexpected(profile.error());
    if (!*profile)
        return fail(QCoreApplication::translate("PortfolioBuilder", "The journal has no profile yet, so the portfolio has no name or period; set one with profile set."));
    Portfolio p;
    p.standard = options.standard;
    p.profile = **profile;
    p.made = m_clock.today();
    const QDate asOf = options.asOf.isValid() ? options.asOf : m_clock.today();
    auto status = service.status(p.profile, options.standard, asOf);
    if (!status)
        return std::unexpected(status.error());
    p.status = *status;
    p.period = {options.from.isValid() ? options.from : status->period.start,
                options.to.isValid() ? options.to : status->period.end};
    if (!p.period.isValid())
        return fail(QCoreApplication::translate("PortfolioBuilder", "The period %1 to %2 is empty: --from must not be after --to.")
                        .arg(p.period.start.toString(Qt::ISODate), p.period.end.toString(Qt::ISODate)));

    EntryFilter filter;
    filter.from = p.period.start;
    filter.to = p.period.end;
    auto entries = EntryRepository(m_db, m_clock).entries(filter);
    if (!entries)
        return std::unexpected(entries.error());
    p.cpd = *entries;
    std::reverse(p.cpd.begin(), p.cpd.end());
    for (const Entry& e : std::as_const(p.cpd)) {
        p.cpdHours += e.hours;
        p.participatoryHours += e.participatoryHours;
        p.credits += e.effectiveCredits();
        if (e.activity == QLatin1String("feedback"))
            p.feedback << e;
    }

    if (p.standard == QLatin1String("nmc")) {
        if (options.accounts.isEmpty()) {
            // The period's entries are loaded once, above.
            for (const Entry& e : candidateAccounts(*entries)) {
                if (p.accounts.size() < 5 && EntryFacts::isCompleteReflectiveAccount(e))
                    p.accounts << e;
            }
            std::sort(p.accounts.begin(), p.accounts.end(), [](const Entry& a, const Entry& b) { return a.date < b.date; });
        } else {
            EntryRepository repo(m_db, m_clock);
            for (const QString& id : options.accounts) {
                auto e = repo.get(id);
                if (!e)
                    return std::unexpected(e.error());
                p.accounts << *e;
            }
        }
    } else {
        const QStringList kinds = {QStringLiteral("cpd"), QStringLiteral("quality-improvement"),
                                   QStringLiteral("significant-events"), QStringLiteral("colleague-feedback"),
                                   QStringLiteral("patient-feedback"), QStringLiteral("complaints-compliments")};
        for (const QString& k : kinds)
            p.supporting << Portfolio::SupportingGroup{k, {}};
        const QStringList domains = {QStringLiteral("knowledge-skills-development"),
                                     QStringLiteral("patients-partnership-communication"),
                                     QStringLiteral("colleagues-culture-safety"), QStringLiteral("trust-professionalism")};
        for (const QString& d : domains)
            p.domains << Portfolio::DomainRow{d, 0, 0};
        for (const Entry& e : std::as_const(p.cpd)) {
            p.supporting[kinds.indexOf(supportingKind(e))].entries << e;
            for (const QString& d : e.gmpDomains) {
                const qsizetype i = domains.indexOf(d);
                if (i >= 0) {
                    p.domains[i].entries += 1;
                    p.domains[i].credits += e.effectiveCredits();
                }
            }
        }
    }

    auto records = RecordRepository(m_db, m_clock).overlapping(p.period);
    if (!records)
        return std::unexpected(records.error());
    for (const Record& r : std::as_const(*records)) {
        if (!touches(r, p.period))
            continue;
        if (r.as<PracticeHours>())
            p.practiceHours << r;
        else if (r.as<ReflectiveDiscussion>())
            p.discussions << r;
        else if (r.as<Confirmation>())
            p.confirmations << r;
        else if (r.as<Declaration>())
            p.declarations << r;
        else if (r.as<PdpReview>())
            p.pdpReviews << r;
    }
    auto byStart = [](const Record& a, const Record& b) { return a.span().start < b.span().start; };
    for (QList<Record>* list : {&p.practiceHours, &p.discussions, &p.confirmations, &p.declarations, &p.pdpReviews})
        std::stable_sort(list->begin(), list->end(), byStart);

    if (auto ok = addEvidence(p); !ok)
        return std::unexpected(ok.error());

    const TopicCatalogue catalogue = TopicCatalogue::load();
    auto coverage = TopicCoverage(m_db, catalogue).compute(p.period.start, p.period.end);
    if (!coverage)
        return std::unexpected(coverage.error());
    p.topics = *coverage;
    return p;
}

Status PortfolioBuilder::addEvidence(Portfolio& p) const
{
    QHash<QString, QString> titles;
    for (const Entry& e : std::as_const(p.cpd))
        titles.insert(e.id, e.title);
    QHash<QString, qsizetype> index; // kind:key -> position in p.evidence
    auto add = [&](const QString& kind, const QString& key, const QString& title, const QString& url,
                   const QString& detail, const QString& entryId) {
        const QString k = kind + QLatin1Char(':') + key;
        auto it = index.constFind(k);
        if (it == index.cend()) {
            index.insert(k, p.evidence.size());
            p.evidence << Portfolio::EvidenceItem{kind, title, url, detail, {}, {}};
            it = index.constFind(k);
        }
        Portfolio::EvidenceItem& item = p.evidence[*it];
        if (!item.entryIds.contains(entryId)) {
            item.entryIds << entryId;
            item.entryTitles << titles.value(entryId);
        }
    };
    const QSqlDatabase db = m_db.connection();
    struct Source
    {
        QString kind;
        QString sql;
    };
    const Source sources[] = {
        {QStringLiteral("guideline"),
         QStringLiteral("SELECT x.entry_id, g.id, g.title, g.url, g.identifier FROM entry_guidelines x "
                        "JOIN guidelines g ON g.id = x.guideline_id ORDER BY g.title, g.id")},
        {QStringLiteral("case"),
         QStringLiteral("SELECT x.entry_id, c.id, c.summary, '', c.setting FROM entry_cases x "
                        "JOIN case_notes c ON c.id = x.case_id ORDER BY c.created, c.id")},
        {QStringLiteral("social"),
         QStringLiteral("SELECT x.entry_id, f.id, f.excerpt, f.url, f.author FROM entry_finds x "
                        "JOIN social_finds f ON f.id = x.find_id ORDER BY f.posted, f.id")},
    };
    for (const Source& s : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(s.sql))
            return fail(Sql::describe(q.lastError(), QCoreApplication::translate(
                                                         "PortfolioBuilder", "read the evidence")));
        while (q.next()) {
            const QString entryId = q.value(0).toString();
            if (!titles.contains(entryId))
                continue;
            add(s.kind, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), entryId);
        }
    }
    for (const Entry& e : std::as_const(p.cpd)) {
        for (const Link& l : e.links) {
            if (l.url.isEmpty() && l.title.isEmpty())
                continue;
            const QString kind = QStringList{QStringLiteral("guideline"), QStringLiteral("case"), QStringLiteral("social"),
                                             QStringLiteral("web")}
                                         .contains(l.kind)
                                     ? l.kind
                                     : QStringLiteral("link");
            add(kind, l.url.isEmpty() ? l.title : l.url, l.title.isEmpty() ? l.url : l.title, l.url, QString(), e.id);
        }
    }
    return {};
}

} // namespace cpd
