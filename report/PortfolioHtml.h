#pragma once

#include "document/ReportHtml.h"

#include <QString>

namespace cpd {

class ReportLabels;
struct Portfolio;

// A portfolio as HTML: ReportHtml's writing of PortfolioReport's document (so the PDF and the HTML
// file hold the same content).
class PortfolioHtml
{
public:
    using Target = ReportHtml::Target;
    static QString render(const Portfolio& portfolio, const ReportLabels& labels, Target target);
    // PortfolioReport's; here for the callers of the HTML path.
    static QString header(const Portfolio& portfolio, const ReportLabels& labels);
    static QString title(const Portfolio& portfolio, const ReportLabels& labels);
};

} // namespace cpd
