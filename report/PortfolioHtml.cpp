#include "PortfolioHtml.h"

#include "PortfolioReport.h"

namespace cpd {

QString PortfolioHtml::render(const Portfolio& portfolio, const ReportLabels& labels, Target target)
{
    return ReportHtml::write(PortfolioReport::build(portfolio, labels), target);
}

QString PortfolioHtml::header(const Portfolio& portfolio, const ReportLabels& labels)
{
    return PortfolioReport::header(portfolio, labels);
}

QString PortfolioHtml::title(const Portfolio& portfolio, const ReportLabels& labels)
{
    return PortfolioReport::title(portfolio, labels);
}

} // namespace cpd
