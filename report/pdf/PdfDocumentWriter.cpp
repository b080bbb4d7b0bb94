#include "PdfDocumentWriter.h"

#include "PdfFileWriter.h"
#include "PdfFontResource.h"
#include "PdfPageRecorder.h"
#include "PdfSyntax.h"

#include <QDateTime>
#include <QHash>

namespace cpd {
namespace {

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

} // namespace

Result<QByteArray> PdfDocumentWriter::write(const QString& title, const QSizeF& page,
                                            int resolution,
                                            const std::vector<const PdfPageRecorder*>& parts,
                                            const PdfPageRecorder* overlay)
{
    std::vector<const PdfPageRecorder*> all = parts;
    if (overlay)
        all.push_back(overlay);
    PdfFileWriter file;
    const int pagesId = file.reserve();
    const int resourcesId = file.reserve();

    // One font object for each font file, whichever recorders used it under which names.
    std::vector<PdfFontResource> fonts;
    QHash<QString, std::size_t> byKey;
    QList<QPair<QByteArray, std::size_t>> names; // "/A0" and the font it names
    for (const PdfPageRecorder* r : all) {
        for (std::size_t i = 0; i < r->fonts().size(); ++i) {
            const PdfFontResource& f = r->fonts()[i];
            auto known = byKey.constFind(f.key());
            if (known == byKey.cend()) {
                known = byKey.insert(f.key(), fonts.size());
                fonts.push_back(f);
            } else {
                fonts[*known].merge(f);
            }
            names.append(
                {'/' + QByteArray(1, r->prefix()) + QByteArray::number(qulonglong(i)), *known});
        }
    }
    std::vector<int> fontIds;
    for (const PdfFontResource& f : fonts) {
        fontIds.push_back(file.reserve());
        if (Status written = f.write(file, fontIds.back()); !written)
            return std::unexpected(written.error());
    }
    QByteArray resources("<< /Font <<");
    for (const auto& [name, font] : std::as_const(names))
        resources += ' ' + name + ' ' + ref(fontIds[font]);
    resources += " >> /ProcSet [/PDF /Text] >>";
    file.object(resourcesId, resources);

    const double scale = 72.0 / resolution;
    const QByteArray mediaBox = "[0 0 " + PdfSyntax::number(page.width() * scale) + ' ' +
                                PdfSyntax::number(page.height() * scale) + ']';
    QByteArray kids;
    int number = 0;
    for (const PdfPageRecorder* part : parts) {
        for (int n = 0; n < part->pageCount(); ++n, ++number) {
            QList<QByteArray> annotations = part->annotations(n);
            const int contents = file.reserve();
            file.deflatedStream(contents, {}, part->content(n));
            QByteArray streams = ref(contents);
            if (overlay && number < overlay->pageCount()) {
                const int over = file.reserve();
                file.deflatedStream(over, {}, overlay->content(number));
                streams = '[' + streams + ' ' + ref(over) + ']';
                annotations += overlay->annotations(number);
            }
            QByteArray dict = "<< /Type /Page /Parent " + ref(pagesId) + " /Resources " +
                              ref(resourcesId) + " /MediaBox " + mediaBox + " /Contents " + streams;
            if (!annotations.isEmpty()) {
                dict += " /Annots [";
                for (const QByteArray& a : std::as_const(annotations)) {
                    const int annotation = file.reserve();
                    file.object(annotation, a);
                    dict += ref(annotation) + ' ';
                }
                dict += ']';
            }
            dict += " >>";
            const int id = file.reserve();
            file.object(id, dict);
            kids += ref(id) + ' ';
        }
    }
    file.object(pagesId, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                             QByteArray::number(number) + " >>");
    const int catalog = file.reserve();
    file.object(catalog, "<< /Type /Catalog /Pages " + ref(pagesId) + " >>");
    const int info = file.reserve();
    const QByteArray date =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    file.object(info, "<< /Title " + PdfSyntax::textString(title) + " /Creator " +
                          PdfSyntax::textString(QStringLiteral("CPD Journal")) +
                          " /Producer (CPD Journal) /CreationDate (D:" + date + "Z) >>");
    return file.finish(catalog, info);
}

} // namespace cpd
