#include "PortfolioReport.h"

#include "export/Portfolio.h"
#include "export/ReportLabels.h"
#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"
#include "standards/RevalidationVocabulary.h"

namespace cpd {
namespace {

QString number(double v)
{
    return QString::number(v, 'f', qAbs(v - qRound(v)) < 0.005 ? 0 : 1);
}

ReportText plain(const QString& text)
{
    return {report::plain(text)};
}

using Row = QList<ReportCell>;

// A table row of plain cells (bold: all of them bold); the columns in rightAligned (numbers) align
// right.
Row row(const QStringList& texts, bool bold = false, const QList<int>& rightAligned = {})
{
    Row cells;
    for (qsizetype i = 0; i < texts.size(); ++i)
        cells << ReportCell{{bold ? report::bold(texts.at(i)) : report::plain(texts.at(i))},
                            rightAligned.contains(int(i))};
    return cells;
}

Row field(const QString& label, const QString& value)
{
    return {ReportCell{{report::bold(label)}}, ReportCell{plain(value)}};
}

class Builder
{
public:
    Builder(const Portfolio& p, const ReportLabels& l) : p(p), l(l) {}

    QString L(const char* path) const { return l.text(QString::fromLatin1(path)); }
    QString date(const QDate& d) const
    {
        return d.isValid() ? d.toString(L("common.date_format")) : QString();
    }
    QString shortDate(const QDate& d) const
    {
        return d.isValid() ? d.toString(L("common.short_date_format")) : QString();
    }
    QString range(const QDate& a, const QDate& b) const
    {
        if (!b.isValid() || a == b)
            return shortDate(a);
        return shortDate(a) + QStringLiteral(" – ") + shortDate(b);
    }

    void heading(const QString& text, bool newPage) { blocks << report::heading(text, newPage); }
    void paragraph(const ReportText& text) { blocks << report::paragraph(text); }
    void table(const ReportTable& t) { blocks << report::table(t); }
    void none() { paragraph({report::italic(L("common.none"))}); }

    // "Topic and how it relates to practice": the title and the first answer about practice.
    static ReportText topic(const Entry& e)
    {
        QString relates;
        for (const char* key : {"changed", "learned", "nature"}) {
            relates = e.reflection.value(QString::fromLatin1(key));
            if (!relates.isEmpty())
                break;
        }
        if (relates.isEmpty() && !e.reflection.isEmpty())
            relates = e.reflection.first();
        relates = relates.simplified();
        if (relates.size() > 220)
            relates = relates.left(217) + QStringLiteral("…");
        ReportText out{report::bold(e.title)};
        if (!relates.isEmpty())
            out << report::plain(QStringLiteral("\n") + relates);
        return out;
    }

    void summary(const QString& headingPath, const QString& columnsPath)
    {
        heading(l.text(headingPath), false);
        ReportTable t = report::grid(l.list(columnsPath), {34, 12, 12, 12, 30});
        for (const RequirementProgress& r : p.status.requirements) {
            t.rows << row({r.label, number(r.required), number(r.achieved),
                           r.met ? L("common.met") : L("common.not_met"), r.missing},
                          false, {1, 2});
        }
        table(t);
    }

    void cover()
    {
        blocks << report::block(ReportBlock::Kind::Title, plain(PortfolioReport::title(p, l)));
        ReportTable t = report::fields();
        if (p.standard == QLatin1String("nmc")) {
            QStringList regs;
            const QList<Vocabulary::Term> terms = RevalidationVocabulary::nmcRegistrations();
            for (const QString& r : p.profile.nmcRegistrations())
                regs << Vocabulary::label(terms, r);
            t.rows << field(L("nmc.cover.name"), p.profile.name)
                   << field(L("nmc.cover.pin"), p.profile.nmcPin)
                   << field(L("nmc.cover.registrations"), regs.join(QStringLiteral(", ")))
                   << field(L("nmc.cover.period"),
                            date(p.period.start) + QStringLiteral(" – ") + date(p.period.end))
                   << field(L("nmc.cover.application_date"), date(p.status.applicationDate))
                   << field(L("nmc.cover.employer"), p.profile.employer);
        } else {
            t.rows << field(L("gp.cover.name"), p.profile.name)
                   << field(L("gp.cover.gmc"), p.profile.gmcNumber)
                   << field(L("gp.cover.period"),
                            date(p.period.start) + QStringLiteral(" – ") + date(p.period.end))
                   << field(L("gp.cover.appraisal_date"), date(p.profile.nextAppraisalDate))
                   << field(L("gp.cover.revalidation_date"), date(p.profile.revalidationDate))
                   << field(L("gp.cover.employer"), p.profile.employer);
        }
        table(t);
        paragraph({report::italic(L("common.confidentiality"))});
        paragraph(plain(l.text(QStringLiteral("common.generated")).arg(date(p.made))));
    }

    void nmc()
    {
        cover();
        summary(QStringLiteral("nmc.summary.heading"), QStringLiteral("nmc.summary.columns"));

        heading(L("nmc.practice_hours.heading"), true);
        if (p.practiceHours.isEmpty()) {
            none();
        } else {
            ReportTable t = report::grid(l.list(QStringLiteral("nmc.practice_hours.columns")),
                                         {13, 20, 14, 13, 8, 10, 22});
            double total = 0;
            for (const Record& r : p.practiceHours) {
                const PracticeHours& h = *r.as<PracticeHours>();
                total += h.hours;
                t.rows << row(
                    {range(h.from, h.to),
                     h.organisation +
                         (h.address.isEmpty() ? QString() : QStringLiteral("\n") + h.address),
                     Vocabulary::label(RevalidationVocabulary::workSettings(), h.workSetting),
                     Vocabulary::label(RevalidationVocabulary::scopesOfPractice(), h.scope),
                     number(h.hours),
                     Vocabulary::label(RevalidationVocabulary::nmcRegistrations(), h.registration),
                     h.description},
                    false, {4});
            }
            t.rows << row({L("common.total"), QString(), QString(), QString(), number(total),
                           QString(), QString()},
                          true, {4});
            table(t);
        }

        heading(L("nmc.cpd.heading"), true);
        if (p.cpd.isEmpty()) {
            none();
        } else {
            ReportTable t =
                report::grid(l.list(QStringLiteral("nmc.cpd.columns")), {13, 12, 38, 16, 9, 12});
            const QList<Vocabulary::Term> activities = Vocabulary::activities();
            for (const Entry& e : p.cpd) {
                QStringList themes;
                for (const QString& theme : e.codeThemes)
                    themes << l.lookup(QStringLiteral("nmc.code_themes"), theme);
                Row cells = row(
                    {range(e.date, e.endDate), Vocabulary::label(activities, e.activity), QString(),
                     themes.join(QLatin1Char('\n')), number(e.hours), number(e.participatoryHours)},
                    false, {4, 5});
                cells[2].text = topic(e);
                t.rows << cells;
            }
            t.rows << row({L("common.total"), QString(), QString(), QString(), number(p.cpdHours),
                           number(p.participatoryHours)},
                          true, {4, 5});
            table(t);
        }

        heading(L("nmc.feedback.heading"), true);
        if (p.feedback.isEmpty()) {
            none();
        } else {
            ReportTable t =
                report::grid(l.list(QStringLiteral("nmc.feedback.columns")), {12, 18, 15, 55});
            for (const Entry& e : p.feedback) {
                Row cells = row({shortDate(e.date),
                                 Vocabulary::label(Vocabulary::feedbackSources(), e.feedbackSource),
                                 Vocabulary::label(Vocabulary::feedbackTypes(), e.feedbackType),
                                 QString()});
                cells[3].text = topic(e);
                t.rows << cells;
            }
            table(t);
        }

        accounts();

        heading(L("nmc.discussion.heading"), true);
        if (p.discussions.isEmpty())
            none();
        for (const Record& r : p.discussions) {
            const ReflectiveDiscussion& d = *r.as<ReflectiveDiscussion>();
            ReportTable t = report::fields();
            t.rows << field(L("nmc.discussion.fields.partner_name"), d.partnerName)
                   << field(L("nmc.discussion.fields.partner_pin"), d.partnerPin)
                   << field(L("nmc.discussion.fields.partner_email"), d.partnerEmail)
                   << field(L("nmc.discussion.fields.partner_address"), d.partnerAddress)
                   << field(L("nmc.discussion.fields.partner_postcode"), d.partnerPostcode)
                   << field(L("nmc.discussion.fields.date"), date(d.date))
                   << field(L("nmc.discussion.fields.summary"), d.summary)
                   << field(L("nmc.discussion.fields.signature"), QString());
            table(t);
            paragraph({});
        }

        heading(L("nmc.confirmation.heading"), true);
        if (p.confirmations.isEmpty())
            none();
        for (const Record& r : p.confirmations) {
            const Confirmation& c = *r.as<Confirmation>();
            ReportTable t = report::fields();
            t.rows << field(L("nmc.confirmation.fields.confirmer_name"), c.confirmerName)
                   << field(L("nmc.confirmation.fields.confirmer_id"), c.confirmerId)
                   << field(L("nmc.confirmation.fields.confirmer_email"), c.confirmerEmail)
                   << field(L("nmc.confirmation.fields.confirmer_address"), c.confirmerAddress)
                   << field(L("nmc.confirmation.fields.confirmer_postcode"), c.confirmerPostcode)
                   << field(L("nmc.confirmation.fields.date"), date(c.date))
                   << field(L("nmc.confirmation.fields.signature"), QString());
            table(t);
        }
        if (!p.declarations.isEmpty()) {
            heading(L("nmc.declarations.heading"), false);
            ReportTable t = report::fields();
            for (const Record& r : p.declarations) {
                const Declaration& d = *r.as<Declaration>();
                QString value = date(d.date);
                if (!d.arrangement.isEmpty())
                    value += QStringLiteral(" · ") +
                             Vocabulary::label(RevalidationVocabulary::indemnityArrangements(),
                                               d.arrangement);
                if (!d.provider.isEmpty())
                    value += QStringLiteral(" · ") + d.provider;
                t.rows << field(l.text(QStringLiteral("nmc.declarations.") + d.kind), value);
            }
            table(t);
        }

        evidenceIndex();
        aoh();
    }

    void accounts()
    {
        const QStringList questions = l.list(QStringLiteral("nmc.account.questions"));
        const QStringList keys = l.list(QStringLiteral("nmc.account.keys"));
        for (qsizetype i = 0; i < p.accounts.size(); ++i) {
            const Entry& e = p.accounts.at(i);
            heading(L("nmc.account.heading"), true);
            paragraph(plain(
                l.text(QStringLiteral("nmc.account.number")).arg(i + 1).arg(p.accounts.size())));
            ReportTable t = report::fields();
            t.rows << field(L("nmc.account.title"), e.title)
                   << field(L("nmc.account.date"), range(e.date, e.endDate));
            table(t);
            paragraph({report::italic(L("nmc.account.note"))});
            // Accounts not written on the NMC template still answer what they can: the template's
            // questions in order.
            const QStringList templateKeys = ReflectionTemplates::fieldKeys(e.templateId);
            for (qsizetype q = 0; q < questions.size(); ++q) {
                paragraph({report::bold(QString::number(q + 1) + QStringLiteral(". ") +
                                        questions.at(q))});
                QString answer = e.reflection.value(keys.value(q));
                if (answer.isEmpty() && e.templateId != QLatin1String("nmc") && q < 3)
                    answer = e.reflection.value(templateKeys.value(q));
                if (q == 3) {
                    QStringList ticks;
                    for (const Vocabulary::Term& theme : Vocabulary::codeThemes()) {
                        const bool on = e.codeThemes.contains(theme.id);
                        ticks << (on ? QStringLiteral("☒ ") : QStringLiteral("☐ ")) +
                                     l.lookup(QStringLiteral("nmc.code_themes"), theme.id);
                    }
                    paragraph(plain(ticks.join(QStringLiteral("\u00A0\u00A0\u00A0 "))));
                }
                paragraph(plain(answer)); // an empty answer is a blank line to write on
            }
        }
    }

    void evidenceIndex()
    {
        heading(L("nmc.evidence.heading"), true);
        if (p.evidence.isEmpty()) {
            none();
            return;
        }
        ReportTable t =
            report::grid(l.list(QStringLiteral("nmc.evidence.columns")), {12, 33, 27, 28});
        for (const Portfolio::EvidenceItem& item : p.evidence) {
            Row cells = row({l.lookup(QStringLiteral("nmc.evidence.kinds"), item.kind), QString(),
                             item.url, item.entryTitles.join(QLatin1Char('\n'))});
            cells[1].text = {report::bold(item.title)};
            if (!item.detail.isEmpty())
                cells[1].text << report::plain(QStringLiteral("\n") + item.detail);
            if (!item.url.isEmpty())
                cells[2].text = {report::link(item.url, item.url)};
            t.rows << cells;
        }
        table(t);
    }

    void aoh()
    {
        heading(L("nmc.aoh.heading"), true);
        paragraph(plain(L("nmc.aoh.intro")));
        QList<const TopicCoverageReport::TopicRow*> covered;
        for (const TopicCoverageReport::TopicRow& t : p.topics.topics) {
            if (t.entries > 0)
                covered << &t;
        }
        if (covered.isEmpty()) {
            none();
            return;
        }
        ReportTable t = report::grid(l.list(QStringLiteral("nmc.aoh.columns")), {45, 31, 12, 12});
        for (const TopicCoverageReport::TopicRow* topic : covered)
            t.rows << row(
                {topic->title, topic->group, QString::number(topic->entries), number(topic->hours)},
                false, {2, 3});
        table(t);
        paragraph(plain(L("common.total") + QStringLiteral(": ") + number(p.topics.hours) +
                        QStringLiteral(" · ") + QString::number(p.topics.entriesWithTopics)));
    }

    void gp()
    {
        cover();
        summary(QStringLiteral("gp.summary.heading"), QStringLiteral("gp.summary.columns"));

        heading(L("gp.cpd.heading"), true);
        if (p.cpd.isEmpty()) {
            none();
        } else {
            ReportTable t =
                report::grid(l.list(QStringLiteral("gp.cpd.columns")), {11, 13, 22, 8, 46});
            const QList<Vocabulary::Term> activities = Vocabulary::activities();
            for (const Entry& e : p.cpd) {
                QString reflection = e.reflectionText().simplified();
                if (reflection.size() > 400)
                    reflection = reflection.left(397) + QStringLiteral("…");
                t.rows << row({range(e.date, e.endDate), Vocabulary::label(activities, e.activity),
                               e.title, number(e.effectiveCredits()), reflection},
                              false, {3});
            }
            t.rows << row({L("common.total"), QString(), QString(), number(p.credits), QString()},
                          true, {3});
            table(t);
        }

        heading(L("gp.supporting.heading"), true);
        for (const Portfolio::SupportingGroup& g : p.supporting) {
            blocks << report::block(ReportBlock::Kind::Subheading,
                                    plain(l.lookup(QStringLiteral("gp.supporting.kinds"), g.id)));
            if (g.entries.isEmpty()) {
                none();
                continue;
            }
            ReportTable t =
                report::grid(l.list(QStringLiteral("gp.supporting.columns")), {14, 46, 10, 30});
            for (const Entry& e : g.entries) {
                QStringList domains;
                for (const QString& d : e.gmpDomains)
                    domains << l.lookup(QStringLiteral("gp.gmp.domains"), d);
                t.rows << row({range(e.date, e.endDate), e.title, number(e.effectiveCredits()),
                               domains.join(QLatin1Char('\n'))},
                              false, {2});
            }
            table(t);
        }

        heading(L("gp.gmp.heading"), false);
        ReportTable domains = report::grid(l.list(QStringLiteral("gp.gmp.columns")), {60, 20, 20});
        for (const Portfolio::DomainRow& d : p.domains)
            domains.rows << row({l.lookup(QStringLiteral("gp.gmp.domains"), d.id),
                                 QString::number(d.entries), number(d.credits)},
                                false, {1, 2});
        table(domains);

        heading(L("gp.pdp.heading"), true);
        if (p.pdpReviews.isEmpty())
            none();
        for (const Record& r : p.pdpReviews) {
            const PdpReview& review = *r.as<PdpReview>();
            paragraph({report::bold(L("gp.pdp.date") + QLatin1Char(':')),
                       report::plain(QLatin1Char(' ') + date(review.date))});
            paragraph({report::bold(L("gp.pdp.summary") + QLatin1Char(':')),
                       report::plain(QLatin1Char(' ') + review.summary)});
            if (!review.goals.isEmpty()) {
                ReportTable t = report::grid(l.list(QStringLiteral("gp.pdp.columns")), {50, 50});
                for (const PdpReview::Goal& g : review.goals)
                    t.rows << row({g.goal, g.outcome});
                table(t);
            }
        }
        evidenceIndex();
    }

    const Portfolio& p;
    const ReportLabels& l;
    QList<ReportBlock> blocks;
};

} // namespace

QString PortfolioReport::title(const Portfolio& p, const ReportLabels& l)
{
    return l.text(p.standard == QLatin1String("gp") ? QStringLiteral("gp.title")
                                                    : QStringLiteral("nmc.title"));
}

QString PortfolioReport::header(const Portfolio& p, const ReportLabels& l)
{
    const QString format = l.text(QStringLiteral("common.date_format"));
    return l.text(QStringLiteral("common.header"))
        .arg(p.profile.name, p.period.start.toString(format), p.period.end.toString(format));
}

ReportDocument PortfolioReport::build(const Portfolio& portfolio, const ReportLabels& labels)
{
    Builder b(portfolio, labels);
    if (portfolio.standard == QLatin1String("gp"))
        b.gp();
    else
        b.nmc();
    return ReportDocument{title(portfolio, labels), header(portfolio, labels), std::move(b.blocks)};
}

} // namespace cpd
