#include "ReportHtml.h"

#include <algorithm>

namespace cpd {
namespace {

QString text(const ReportText& runs)
{
    QString out;
    for (const ReportRun& run : runs) {
        QString s = ReportHtml::escape(run.text);
        if (run.italic)
            s = QStringLiteral("<i>") + s + QStringLiteral("</i>");
        if (run.bold)
            s = QStringLiteral("<b>") + s + QStringLiteral("</b>");
        if (!run.href.isEmpty())
            s = QStringLiteral("<a href=\"%1\">%2</a>").arg(run.href.toHtmlEscaped(), s);
        out += s;
    }
    return out;
}

bool isEmpty(const ReportText& runs)
{
    return std::ranges::all_of(runs, [](const ReportRun& run) { return run.text.isEmpty(); });
}

QString row(const QList<ReportCell>& cells, ReportTable::Style style)
{
    QString out = QStringLiteral("<tr>");
    for (const ReportCell& cell : cells) {
        out += cell.alignRight ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>");
        // A label/value table shows an empty value as a blank line (space to write on).
        out += style == ReportTable::Style::Fields && isEmpty(cell.text) ? QStringLiteral("&nbsp;")
                                                                         : text(cell.text);
        out += QStringLiteral("</td>");
    }
    out += QStringLiteral("</tr>\n");
    return out;
}

QString table(const ReportTable& table, ReportHtml::Target target)
{
    if (table.style == ReportTable::Style::Fields) {
        QString out = QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n");
        for (const QList<ReportCell>& cells : table.rows)
            out += row(cells, table.style);
        return out + QStringLiteral("</table>\n");
    }
    QString head = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" "
                                  "cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (qsizetype i = 0; i < table.headings.size(); ++i) {
        const QString width = i < table.widths.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(table.widths.at(i))
                                  : QString();
        head += QStringLiteral("<th%1 align=\"left\" bgcolor=\"#e8eef4\">%2</th>")
                    .arg(width, ReportHtml::escape(table.headings.at(i)));
    }
    head += QStringLiteral("</tr></thead>\n<tbody>\n");
    const QString end = QStringLiteral("</tbody></table>\n");
    QString out = head;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (target == ReportHtml::Target::Pdf && i > 0 && i % ReportHtml::kRowsPerTable == 0)
            out += end + head;
        out += row(table.rows.at(i), table.style);
    }
    return out + end;
}

QString block(const ReportBlock& block, ReportHtml::Target target)
{
    switch (block.kind) {
    case ReportBlock::Kind::Title:
        return QStringLiteral("<h1>") + text(block.text) + QStringLiteral("</h1>\n");
    case ReportBlock::Kind::Heading:
        return (block.pageBreakBefore ? QStringLiteral("<h2 style=\"page-break-before: always\">")
                                      : QStringLiteral("<h2>")) +
               text(block.text) + QStringLiteral("</h2>\n");
    case ReportBlock::Kind::Subheading:
        return QStringLiteral("<h3>") + text(block.text) + QStringLiteral("</h3>\n");
    case ReportBlock::Kind::Paragraph:
        return QStringLiteral("<p>") +
               (isEmpty(block.text) ? QStringLiteral("&nbsp;") : text(block.text)) +
               QStringLiteral("</p>\n");
    case ReportBlock::Kind::Table:
        return table(block.table, target);
    }
    return {};
}

} // namespace

QString ReportHtml::escape(const QString& text)
{
    return text.toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        .replace(QChar(0x00A0), QStringLiteral("&nbsp;"));
}

QString ReportHtml::write(const ReportDocument& document, Target target)
{
    const QString style = QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }\n"
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 12px; } h3 { font-size: 11pt; "
        "}\n"
        "table { border-collapse: collapse; margin-bottom: 8px; } th, td { vertical-align: top; }\n"
        "th { background: #e8eef4; }\n");
    const QString title = document.header.isEmpty()
                              ? document.title
                              : document.title + QStringLiteral(" · ") + document.header;
    QString out =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">\n<title>") +
        escape(title) + QStringLiteral("</title>\n<style>\n") + style;
    if (target == Target::File) {
        out += QStringLiteral("@media print { h2[style] { break-before: page; } thead { display: "
                              "table-header-group; } }\n"
                              "</style>\n</head><body>\n<p class=\"running\"><small>") +
               escape(document.header) + QStringLiteral("</small></p>\n");
    } else {
        out += QStringLiteral("</style>\n</head><body>\n");
    }
    for (const ReportBlock& b : document.blocks)
        out += block(b, target);
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace cpd
