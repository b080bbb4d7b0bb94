#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

class QTextLayout;

namespace cpd {

class PdfCanvas;

// What one page of a laid-out report shows, in page coordinates (device pixels at 300 dpi):
// shaded rectangles (table heading rows), thin rules (table borders) and lines of laid-out text.
// The text layouts belong to the layout that made the page.
struct PdfPage
{
    struct Text
    {
        const QTextLayout* layout = nullptr;
        int firstLine = 0;
        int lineCount = 0;
        QPointF origin; // where the layout's (0, 0) goes on the page
    };

    QList<QRectF> shades;
    QList<QLineF> rules;
    QList<Text> text;

    // Shades first, then all the rules in one call, then the text in black.
    void paint(PdfCanvas& canvas) const;

    static constexpr double kRuleWidthPt = 0.5;
};

} // namespace cpd
