#include "TeamReport.h"

#include "PdfRenderer.h"
#include "team/TeamSummarySource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace cpd {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate)
                       : QCoreApplication::translate("TeamReport", "none");
}

QString dateTime(const QDateTime& d)
{
    return d.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString cell(const QString& text, bool header = false)
{
    return header ? QStringLiteral("<th align=\"left\">%1</th>").arg(text)
                  : QStringLiteral("<td>%1</td>").arg(text);
}

// "CPD hours (NMC): 20.5 of 35 hours, due soon"
QString requirementText(const TeamDashboard::RequirementCell& r)
{
    return QCoreApplication::translate("TeamReport", "%1 (%2): %3 of %4 %5, %6")
        .arg(esc(r.label), esc(r.standard.toUpper()), number(r.done), number(r.required),
             esc(r.unit), TeamDashboard::urgencyLabel(r.status));
}

} // namespace

Result<TeamReport> TeamReport::load(TeamSummarySource& source, const TeamStore* store,
                                    const TopicCatalogue& catalogue, const QDate& asOf)
{
    auto latest = source.latestSummaries();
    if (!latest)
        return std::unexpected(latest.error());
    TeamReport report;
    report.dashboard = TeamDashboard::compute(*latest, asOf, catalogue, source.description());
    for (const TeamSummary& s : std::as_const(*latest)) {
        report.summaries.insert(s.memberId, s);
        if (!store)
            continue;
        auto notes = store->notes(s.memberId);
        if (!notes)
            return std::unexpected(notes.error());
        report.notes.insert(s.memberId, *notes);
        auto signOffs = store->signOffs(s.memberId);
        if (!signOffs)
            return std::unexpected(signOffs.error());
        report.signOffs.insert(s.memberId, *signOffs);
    }
    return report;
}

QString TeamReport::title() const
{
    return QCoreApplication::translate("TeamReport", "Team report, %1").arg(date(dashboard.asOf));
}

QString TeamReport::html() const
{
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
             .arg(esc(title()));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate(
                          "TeamReport",
                          "%n member(s), from %1, as of %2. Most urgent first. Reflections are not "
                          "included.",
                          nullptr, int(dashboard.members.size()))
                          .arg(dashboard.source, date(dashboard.asOf))));
    // A plain local: lupdate skips a translate() whose count is a qualified name.
    const int dueSoonDays = TeamDashboard::kDueSoonDays;
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate(
                 "TeamReport",
                 "Status words: overdue (the deadline has passed), due soon (within %n "
                 "day(s)), on track, complete.",
                 nullptr, dueSoonDays)));

    // The team table.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("TeamReport", "Team")));
    if (dashboard.members.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("TeamReport", "No team summaries yet.")));
    else {
        h += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
        for (const char* head :
             {QT_TRANSLATE_NOOP("TeamReport", "Member"), QT_TRANSLATE_NOOP("TeamReport", "Role"),
              QT_TRANSLATE_NOOP("TeamReport", "Registration"),
              QT_TRANSLATE_NOOP("TeamReport", "Next deadline"),
              QT_TRANSLATE_NOOP("TeamReport", "Days left"),
              QT_TRANSLATE_NOOP("TeamReport", "Status"),
              QT_TRANSLATE_NOOP("TeamReport", "Requirements")})
            h += cell(esc(QCoreApplication::translate("TeamReport", head)), true);
        h += QStringLiteral("</tr></thead><tbody>");
        for (const TeamDashboard::MemberRow& m : dashboard.members) {
            QStringList reqs;
            for (const TeamDashboard::RequirementCell& r : m.requirements)
                reqs << requirementText(r);
            const QString deadline =
                m.nextDeadline.isValid()
                    ? QStringLiteral("%1 (%2)").arg(date(m.nextDeadline),
                                                    esc(m.nextDeadlineStandard.toUpper()))
                    : esc(QCoreApplication::translate("TeamReport", "none"));
            h += QStringLiteral("<tr>") + cell(esc(m.name)) + cell(esc(m.role)) +
                 cell(esc(m.registration)) + cell(deadline) +
                 cell(m.daysLeft ? QString::number(*m.daysLeft) : QString()) +
                 cell(esc(TeamDashboard::urgencyLabel(m.urgency))) +
                 cell(reqs.join(QStringLiteral("<br>"))) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</tbody></table>");
    }

    // Topic coverage: topics someone covers, with who and how much.
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(QCoreApplication::translate("TeamReport", "Topic coverage")));
    h += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const char* head :
         {QT_TRANSLATE_NOOP("TeamReport", "Topic"),
          QT_TRANSLATE_NOOP("TeamReport", "Members covering"),
          QT_TRANSLATE_NOOP("TeamReport", "Entries"), QT_TRANSLATE_NOOP("TeamReport", "Hours"),
          QT_TRANSLATE_NOOP("TeamReport", "By member (entries)")})
        h += cell(esc(QCoreApplication::translate("TeamReport", head)), true);
    h += QStringLiteral("</tr></thead><tbody>");
    int uncovered = 0;
    for (const TeamDashboard::TopicColumn& t : dashboard.topics) {
        if (t.membersCovering == 0) {
            ++uncovered;
            continue;
        }
        QStringList who;
        for (const TeamDashboard::MemberRow& m : dashboard.members) {
            if (auto it = t.cells.constFind(m.memberId); it != t.cells.cend() && it->entries > 0)
                who << QStringLiteral("%1 (%2)").arg(esc(m.name)).arg(it->entries);
        }
        h += QStringLiteral("<tr>") + cell(esc(t.title.isEmpty() ? t.id : t.title)) +
             cell(QString::number(t.membersCovering)) + cell(QString::number(t.entries)) +
             cell(number(t.hours)) + cell(who.join(QStringLiteral(", "))) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>");
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate(
                 "TeamReport", "%n topic(s) with no entries from anyone.", nullptr, uncovered)));

    // Sign-offs, notes and shared entries, member by member.
    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(
                 QCoreApplication::translate("TeamReport", "Sign-offs, notes and shared entries")));
    for (const TeamDashboard::MemberRow& m : dashboard.members) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(m.name));
        const QList<TeamStore::SignOff> signOffs = this->signOffs.value(m.memberId);
        if (signOffs.isEmpty())
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate("TeamReport", "Not signed off.")));
        for (const TeamStore::SignOff& s : signOffs) {
            QString line = QCoreApplication::translate("TeamReport",
                                                       "Signed off by %1 on %2 (summary %3 of %4)")
                               .arg(s.signedBy, dateTime(s.signedAt))
                               .arg(s.summarySequence)
                               .arg(dateTime(s.summaryGeneratedAt));
            if (!s.comment.isEmpty())
                line += QStringLiteral(": ") + s.comment;
            h += QStringLiteral("<p>%1</p>").arg(esc(line));
        }
        const QList<TeamStore::Note> notes = this->notes.value(m.memberId);
        if (!notes.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p><ul>")
                     .arg(esc(QCoreApplication::translate("TeamReport", "Manager's notes")));
            for (const TeamStore::Note& n : notes)
                h += QStringLiteral("<li>%1: %2</li>").arg(esc(dateTime(n.created)), esc(n.text));
            h += QStringLiteral("</ul>");
        }
        // Titles and dates only: the report never carries reflection text.
        const QJsonArray shared = summaries.value(m.memberId).sharedEntries;
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("TeamReport", "%n shared entry(s).", nullptr,
                                                      int(shared.size()))));
        if (!shared.isEmpty()) {
            h += QStringLiteral("<ul>");
            for (const QJsonValue& v : shared) {
                const QJsonObject e = v.toObject();
                h += QStringLiteral("<li>%1 %2</li>")
                         .arg(esc(e.value(QStringLiteral("date")).toString()),
                              esc(e.value(QStringLiteral("title")).toString()));
            }
            h += QStringLiteral("</ul>");
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QByteArray> TeamReport::pdf() const
{
    PdfRenderer renderer(html(), title(),
                         QCoreApplication::translate("TeamReport", "Page %1 of %2"), title());
    return renderer.pdf();
}

Status TeamReport::writePdf(const QString& path) const
{
    auto bytes = pdf();
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(QCoreApplication::translate("TeamReport", "Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace cpd
