#pragma once

#include "document/ReportDocument.h"

#include <QString>

namespace cpd {

class ReportLabels;
struct Portfolio;

// A portfolio (NMC revalidation or GP appraisal pack) as a report document, every label from
// ReportLabels: the one source of the HTML file (ReportHtml) and the PDF (ReportPdfLayout).
class PortfolioReport
{
public:
    static ReportDocument build(const Portfolio& portfolio, const ReportLabels& labels);
    // The running header: "Name · period".
    static QString header(const Portfolio& portfolio, const ReportLabels& labels);
    static QString title(const Portfolio& portfolio, const ReportLabels& labels);
};

} // namespace cpd
