#pragma once

#include <QString>

namespace cpd {

class ReportLabels;
struct Portfolio;

// A portfolio as HTML in the subset QTextDocument lays out (so the PDF and the HTML file hold the
// same content): tables with repeated header rows, a page break before each section that starts a
// page, and every label from ReportLabels.
class PortfolioHtml
{
public:
    enum class Target { Pdf, File };
    static QString render(const Portfolio& portfolio, const ReportLabels& labels, Target target);
    // The running header: "Name · period".
    static QString header(const Portfolio& portfolio, const ReportLabels& labels);
    static QString title(const Portfolio& portfolio, const ReportLabels& labels);
};

} // namespace cpd
