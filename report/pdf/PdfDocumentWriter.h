#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <vector>

namespace cpd {

class PdfPageRecorder;

// Puts the pages of finished PdfPageRecorders into one PDF file: the parts' pages one after the
// other, each with the overlay's page of the same number drawn over it (the page numbers, which
// are known only when every part is laid out), the fonts of all of them merged (one subset per
// font file), and the title and creator.
class PdfDocumentWriter
{
public:
    // page: the page size in pixels at resolution dpi. overlay may be null; otherwise it has as
    // many pages as the parts together.
    static Result<QByteArray> write(const QString& title, const QSizeF& page, int resolution,
                                    const std::vector<const PdfPageRecorder*>& parts,
                                    const PdfPageRecorder* overlay);
};

} // namespace cpd
