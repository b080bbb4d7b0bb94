#include "PortfolioHtml.h"

#include "export/Portfolio.h"
#include "export/ReportLabels.h"
#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"
#include "standards/RevalidationVocabulary.h"

namespace cpd {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString number(double v)
{
    return QString::number(v, 'f', qAbs(v - qRound(v)) < 0.005 ? 0 : 1);
}

class Writer
{
public:
    Writer(const Portfolio& p, const ReportLabels& l, PortfolioHtml::Target target) : p(p), l(l), target(target) {}

    QString L(const char* path) const { return l.text(QString::fromLatin1(path)); }
    QString date(const QDate& d) const { return d.isValid() ? d.toString(L("common.date_format")) : QString(); }
    QString shortDate(const QDate& d) const { return d.isValid() ? d.toString(L("common.short_date_format")) : QString(); }
    QString range(const QDate& a, const QDate& b) const
    {
        if (!b.isValid() || a == b)
            return shortDate(a);
        return shortDate(a) + QStringLiteral(" – ") + shortDate(b);
    }

    void heading(const QString& text, bool newPage)
    {
        html += QStringLiteral("<h2%1>%2</h2>\n")
                    .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(), esc(text));
    }

    void tableStart(const QStringList& columns, const QList<int>& widths = {})
    {
        gridHead = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString w = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
            gridHead += QStringLiteral("<th%1 align=\"left\" bgcolor=\"#e8eef4\">%2</th>").arg(w, esc(columns.at(i)));
        }
        gridHead += QStringLiteral("</tr></thead>\n<tbody>\n");
        html += gridHead;
        gridRows = 0;
    }
    void row(const QStringList& cells, bool bold = false, const QList<int>& rightAligned = {})
    {
        // For the PDF, a long table goes out as tables of kRowsPerTable rows, each with the column
        // headings: Qt's layout visits every cell of a table for each page it paints, so one
        // 300-row table cost time in proportion to rows x pages; short tables are skipped whole.
        if (target == PortfolioHtml::Target::Pdf && !gridHead.isEmpty() && gridRows == kRowsPerTable) {
            html += QStringLiteral("</tbody></table>\n") + gridHead;
            gridRows = 0;
        }
        ++gridRows;
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString align = rightAligned.contains(int(i)) ? QStringLiteral(" align=\"right\"") : QString();
            html += bold ? QStringLiteral("<td%1><b>%2</b></td>").arg(align, cells.at(i))
                         : QStringLiteral("<td%1>%2</td>").arg(align, cells.at(i));
        }
        html += QStringLiteral("</tr>\n");
    }
    void tableEnd()
    {
        html += QStringLiteral("</tbody></table>\n");
        gridHead.clear();
    }
    void none() { html += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(L("common.none"))); }
    void field(const QString& label, const QString& value)
    {
        row({QStringLiteral("<b>%1</b>").arg(esc(label)), value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value)});
    }

    // "Topic and how it relates to practice": the title and the first answer about practice.
    QString topic(const Entry& e) const
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
        QString out = QStringLiteral("<b>%1</b>").arg(esc(e.title));
        if (!relates.isEmpty())
            out += QStringLiteral("<br>") + esc(relates);
        return out;
    }

    void summary(const QString& headingPath, const QString& columnsPath)
    {
        heading(l.text(headingPath), false);
        tableStart(l.list(columnsPath), {34, 12, 12, 12, 30});
        for (const RequirementProgress& r : p.status.requirements) {
            row({esc(r.label), number(r.required), number(r.achieved), r.met ? esc(L("common.met")) : esc(L("common.not_met")),
                 esc(r.missing)},
                false, {1, 2});
        }
        tableEnd();
    }

    void cover()
    {
        const bool nmc = p.standard == QLatin1String("nmc");
        html += QStringLiteral("<h1>%1</h1>\n").arg(esc(PortfolioHtml::title(p, l)));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
        if (nmc) {
            QStringList regs;
            const QList<Vocabulary::Term> terms = RevalidationVocabulary::nmcRegistrations();
            for (const QString& r : p.profile.nmcRegistrations())
                regs << Vocabulary::label(terms, r);
            field(L("nmc.cover.name"), p.profile.name);
            field(L("nmc.cover.pin"), p.profile.nmcPin);
            field(L("nmc.cover.registrations"), regs.join(QStringLiteral(", ")));
            field(L("nmc.cover.period"), date(p.period.start) + QStringLiteral(" – ") + date(p.period.end));
            field(L("nmc.cover.application_date"), date(p.status.applicationDate));
            field(L("nmc.cover.employer"), p.profile.employer);
        } else {
            field(L("gp.cover.name"), p.profile.name);
            field(L("gp.cover.gmc"), p.profile.gmcNumber);
            field(L("gp.cover.period"), date(p.period.start) + QStringLiteral(" – ") + date(p.period.end));
            field(L("gp.cover.appraisal_date"), date(p.profile.nextAppraisalDate));
            field(L("gp.cover.revalidation_date"), date(p.profile.revalidationDate));
            field(L("gp.cover.employer"), p.profile.employer);
        }
        html += QStringLiteral("</table>\n<p><i>%1</i></p>\n<p>%2</p>\n")
                    .arg(esc(L("common.confidentiality")), esc(l.text(QStringLiteral("common.generated")).arg(date(p.made))));
    }

    void nmc()
    {
        cover();
        summary(QStringLiteral("nmc.summary.heading"), QStringLiteral("nmc.summary.columns"));

        heading(L("nmc.practice_hours.heading"), true);
        if (p.practiceHours.isEmpty()) {
            none();
        } else {
            tableStart(l.list(QStringLiteral("nmc.practice_hours.columns")), {13, 20, 14, 13, 8, 10, 22});
            double total = 0;
            for (const Record& r : p.practiceHours) {
                const PracticeHours& h = *r.as<PracticeHours>();
                total += h.hours;
                row({range(h.from, h.to), esc(h.organisation + (h.address.isEmpty() ? QString() : QStringLiteral("\n") + h.address)),
                     esc(Vocabulary::label(RevalidationVocabulary::workSettings(), h.workSetting)),
                     esc(Vocabulary::label(RevalidationVocabulary::scopesOfPractice(), h.scope)), number(h.hours),
                     esc(Vocabulary::label(RevalidationVocabulary::nmcRegistrations(), h.registration)), esc(h.description)},
                    false, {4});
            }
            row({esc(L("common.total")), QString(), QString(), QString(), number(total), QString(), QString()}, true, {4});
            tableEnd();
        }

        heading(L("nmc.cpd.heading"), true);
        if (p.cpd.isEmpty()) {
            none();
        } else {
            tableStart(l.list(QStringLiteral("nmc.cpd.columns")), {13, 12, 38, 16, 9, 12});
            const QList<Vocabulary::Term> activities = Vocabulary::activities();
            for (const Entry& e : p.cpd) {
                QStringList themes;
                for (const QString& t : e.codeThemes)
                    themes << esc(l.lookup(QStringLiteral("nmc.code_themes"), t));
                row({range(e.date, e.endDate), esc(Vocabulary::label(activities, e.activity)), topic(e),
                     themes.join(QStringLiteral("<br>")), number(e.hours), number(e.participatoryHours)},
                    false, {4, 5});
            }
            row({esc(L("common.total")), QString(), QString(), QString(), number(p.cpdHours), number(p.participatoryHours)},
                true, {4, 5});
            tableEnd();
        }

        heading(L("nmc.feedback.heading"), true);
        if (p.feedback.isEmpty()) {
            none();
        } else {
            tableStart(l.list(QStringLiteral("nmc.feedback.columns")), {12, 18, 15, 55});
            for (const Entry& e : p.feedback) {
                row({shortDate(e.date), esc(Vocabulary::label(Vocabulary::feedbackSources(), e.feedbackSource)),
                     esc(Vocabulary::label(Vocabulary::feedbackTypes(), e.feedbackType)), topic(e)});
            }
            tableEnd();
        }

        const QStringList questions = l.list(QStringLiteral("nmc.account.questions"));
        const QStringList keys = l.list(QStringLiteral("nmc.account.keys"));
        for (qsizetype i = 0; i < p.accounts.size(); ++i) {
            const Entry& e = p.accounts.at(i);
            heading(L("nmc.account.heading"), true);
            html += QStringLiteral("<p>%1</p>\n").arg(esc(l.text(QStringLiteral("nmc.account.number")).arg(i + 1).arg(p.accounts.size())));
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
            field(L("nmc.account.title"), e.title);
            field(L("nmc.account.date"), range(e.date, e.endDate));
            tableEnd();
            html += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(L("nmc.account.note")));
            // Accounts not written on the NMC template still answer what they can: the template's
            // questions in order.
            const QStringList templateKeys = ReflectionTemplates::fieldKeys(e.templateId);
            for (qsizetype q = 0; q < questions.size(); ++q) {
                html += QStringLiteral("<p><b>%1. %2</b></p>\n").arg(q + 1).arg(esc(questions.at(q)));
                QString answer = e.reflection.value(keys.value(q));
                if (answer.isEmpty() && e.templateId != QLatin1String("nmc") && q < 3)
                    answer = e.reflection.value(templateKeys.value(q));
                if (q == 3) {
                    const QList<Vocabulary::Term> themes = Vocabulary::codeThemes();
                    QStringList ticks;
                    for (const Vocabulary::Term& t : themes) {
                        const bool on = e.codeThemes.contains(t.id);
                        ticks << QStringLiteral("%1 %2").arg(on ? QStringLiteral("☒") : QStringLiteral("☐"),
                                                              esc(l.lookup(QStringLiteral("nmc.code_themes"), t.id)));
                    }
                    html += QStringLiteral("<p>%1</p>\n").arg(ticks.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
                }
                html += QStringLiteral("<p>%1</p>\n").arg(answer.isEmpty() ? QStringLiteral("&nbsp;") : esc(answer));
            }
        }

        heading(L("nmc.discussion.heading"), true);
        if (p.discussions.isEmpty()) {
            none();
        }
        for (const Record& r : p.discussions) {
            const ReflectiveDiscussion& d = *r.as<ReflectiveDiscussion>();
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
            field(L("nmc.discussion.fields.partner_name"), d.partnerName);
            field(L("nmc.discussion.fields.partner_pin"), d.partnerPin);
            field(L("nmc.discussion.fields.partner_email"), d.partnerEmail);
            field(L("nmc.discussion.fields.partner_address"), d.partnerAddress);
            field(L("nmc.discussion.fields.partner_postcode"), d.partnerPostcode);
            field(L("nmc.discussion.fields.date"), date(d.date));
            field(L("nmc.discussion.fields.summary"), d.summary);
            field(L("nmc.discussion.fields.signature"), QString());
            tableEnd();
            html += QStringLiteral("<p>&nbsp;</p>\n");
        }

        heading(L("nmc.confirmation.heading"), true);
        if (p.confirmations.isEmpty())
            none();
        for (const Record& r : p.confirmations) {
            const Confirmation& c = *r.as<Confirmation>();
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
            field(L("nmc.confirmation.fields.confirmer_name"), c.confirmerName);
            field(L("nmc.confirmation.fields.confirmer_id"), c.confirmerId);
            field(L("nmc.confirmation.fields.confirmer_email"), c.confirmerEmail);
            field(L("nmc.confirmation.fields.confirmer_address"), c.confirmerAddress);
            field(L("nmc.confirmation.fields.confirmer_postcode"), c.confirmerPostcode);
            field(L("nmc.confirmation.fields.date"), date(c.date));
            field(L("nmc.confirmation.fields.signature"), QString());
            tableEnd();
        }
        if (!p.declarations.isEmpty()) {
            heading(L("nmc.declarations.heading"), false);
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
            for (const Record& r : p.declarations) {
                const Declaration& d = *r.as<Declaration>();
                QString value = date(d.date);
                if (!d.arrangement.isEmpty())
                    value += QStringLiteral(" · ") + Vocabulary::label(RevalidationVocabulary::indemnityArrangements(), d.arrangement);
                if (!d.provider.isEmpty())
                    value += QStringLiteral(" · ") + d.provider;
                field(l.text(QStringLiteral("nmc.declarations.") + d.kind), value);
            }
            tableEnd();
        }

        evidenceIndex();
        aoh();
    }

    void evidenceIndex()
    {
        heading(L("nmc.evidence.heading"), true);
        if (p.evidence.isEmpty()) {
            none();
            return;
        }
        tableStart(l.list(QStringLiteral("nmc.evidence.columns")), {12, 33, 27, 28});
        for (const Portfolio::EvidenceItem& item : p.evidence) {
            QString what = QStringLiteral("<b>%1</b>").arg(esc(item.title));
            if (!item.detail.isEmpty())
                what += QStringLiteral("<br>") + esc(item.detail);
            QString url = esc(item.url);
            if (!item.url.isEmpty())
                url = QStringLiteral("<a href=\"%1\">%2</a>").arg(item.url.toHtmlEscaped(), esc(item.url));
            QStringList used;
            for (const QString& t : item.entryTitles)
                used << esc(t);
            row({esc(l.lookup(QStringLiteral("nmc.evidence.kinds"), item.kind)), what, url, used.join(QStringLiteral("<br>"))});
        }
        tableEnd();
    }

    void aoh()
    {
        heading(L("nmc.aoh.heading"), true);
        html += QStringLiteral("<p>%1</p>\n").arg(esc(L("nmc.aoh.intro")));
        QList<const TopicCoverageReport::TopicRow*> covered;
        for (const TopicCoverageReport::TopicRow& t : p.topics.topics) {
            if (t.entries > 0)
                covered << &t;
        }
        if (covered.isEmpty()) {
            none();
            return;
        }
        tableStart(l.list(QStringLiteral("nmc.aoh.columns")), {45, 31, 12, 12});
        int entries = 0;
        double hours = 0;
        for (const TopicCoverageReport::TopicRow* t : covered) {
            row({esc(t->title), esc(t->group), QString::number(t->entries), number(t->hours)}, false, {2, 3});
            entries += t->entries;
            hours += t->hours;
        }
        tableEnd();
        html += QStringLiteral("<p>%1: %2 · %3</p>\n")
                    .arg(esc(L("common.total")), number(p.topics.hours), QString::number(p.topics.entriesWithTopics));
    }

    void gp()
    {
        cover();
        summary(QStringLiteral("gp.summary.heading"), QStringLiteral("gp.summary.columns"));

        heading(L("gp.cpd.heading"), true);
        if (p.cpd.isEmpty()) {
            none();
        } else {
            tableStart(l.list(QStringLiteral("gp.cpd.columns")), {11, 13, 22, 8, 46});
            const QList<Vocabulary::Term> activities = Vocabulary::activities();
            for (const Entry& e : p.cpd) {
                QString reflection = e.reflectionText().simplified();
                if (reflection.size() > 400)
                    reflection = reflection.left(397) + QStringLiteral("…");
                row({range(e.date, e.endDate), esc(Vocabulary::label(activities, e.activity)), esc(e.title),
                     number(e.effectiveCredits()), esc(reflection)},
                    false, {3});
            }
            row({esc(L("common.total")), QString(), QString(), number(p.credits), QString()}, true, {3});
            tableEnd();
        }

        heading(L("gp.supporting.heading"), true);
        for (const Portfolio::SupportingGroup& g : p.supporting) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(esc(l.lookup(QStringLiteral("gp.supporting.kinds"), g.id)));
            if (g.entries.isEmpty()) {
                none();
                continue;
            }
            tableStart(l.list(QStringLiteral("gp.supporting.columns")), {14, 46, 10, 30});
            for (const Entry& e : g.entries) {
                QStringList domains;
                for (const QString& d : e.gmpDomains)
                    domains << esc(l.lookup(QStringLiteral("gp.gmp.domains"), d));
                row({range(e.date, e.endDate), esc(e.title), number(e.effectiveCredits()), domains.join(QStringLiteral("<br>"))},
                    false, {2});
            }
            tableEnd();
        }

        heading(L("gp.gmp.heading"), false);
        tableStart(l.list(QStringLiteral("gp.gmp.columns")), {60, 20, 20});
        for (const Portfolio::DomainRow& d : p.domains)
            row({esc(l.lookup(QStringLiteral("gp.gmp.domains"), d.id)), QString::number(d.entries), number(d.credits)}, false, {1, 2});
        tableEnd();

        heading(L("gp.pdp.heading"), true);
        if (p.pdpReviews.isEmpty())
            none();
        for (const Record& r : p.pdpReviews) {
            const PdpReview& review = *r.as<PdpReview>();
            html += QStringLiteral("<p><b>%1:</b> %2</p>\n<p><b>%3:</b> %4</p>\n")
                        .arg(esc(L("gp.pdp.date")), esc(date(review.date)), esc(L("gp.pdp.summary")), esc(review.summary));
            if (!review.goals.isEmpty()) {
                tableStart(l.list(QStringLiteral("gp.pdp.columns")), {50, 50});
                for (const PdpReview::Goal& g : review.goals)
                    row({esc(g.goal), esc(g.outcome)});
                tableEnd();
            }
        }
        evidenceIndex();
    }

    const Portfolio& p;
    const ReportLabels& l;
    PortfolioHtml::Target target;
    static constexpr int kRowsPerTable = 20;
    QString gridHead; // the open grid table's opening and headings, to start it again
    int gridRows = 0;
    QString html;
};

} // namespace

QString PortfolioHtml::title(const Portfolio& p, const ReportLabels& l)
{
    return l.text(p.standard == QLatin1String("gp") ? QStringLiteral("gp.title") : QStringLiteral("nmc.title"));
}

QString PortfolioHtml::header(const Portfolio& p, const ReportLabels& l)
{
    const QString format = l.text(QStringLiteral("common.date_format"));
    return l.text(QStringLiteral("common.header"))
        .arg(p.profile.name, p.period.start.toString(format), p.period.end.toString(format));
}

QString PortfolioHtml::render(const Portfolio& portfolio, const ReportLabels& labels, Target target)
{
    Writer w(portfolio, labels, target);
    if (portfolio.standard == QLatin1String("gp"))
        w.gp();
    else
        w.nmc();
    const QString style = QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }\n"
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 12px; } h3 { font-size: 11pt; }\n"
        "table { border-collapse: collapse; margin-bottom: 8px; } th, td { vertical-align: top; }\n"
        "th { background: #e8eef4; }\n");
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
                      .arg(esc(title(portfolio, labels) + QStringLiteral(" · ") + header(portfolio, labels)));
    if (target == Target::File) {
        out += QStringLiteral("<style>\n") + style
            + QStringLiteral("@media print { h2[style] { break-before: page; } thead { display: table-header-group; } }\n"
                             "</style>\n</head><body>\n<p class=\"running\"><small>%1</small></p>\n")
                  .arg(esc(header(portfolio, labels)));
    } else {
        out += QStringLiteral("<style>\n") + style + QStringLiteral("</style>\n</head><body>\n");
    }
    out += w.html;
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace cpd
