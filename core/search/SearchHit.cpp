#include "search/SearchHit.h"

namespace cpd {

QString SearchHit::snippetMarked(const QString& open, const QString& close) const
{
    QString out = snippet;
    out.replace(QChar(kMatchStart), open);
    out.replace(QChar(kMatchEnd), close);
    return out;
}

QString SearchHit::snippetHtml() const
{
    QString out = snippet.toHtmlEscaped();
    out.replace(QChar(kMatchStart), QLatin1String("<b>"));
    out.replace(QChar(kMatchEnd), QLatin1String("</b>"));
    return out;
}

} // namespace cpd
