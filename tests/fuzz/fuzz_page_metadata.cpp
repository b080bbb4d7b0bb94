// A fetched page: the first line is the Content-Type header, the rest the body. Also the date
// and entity helpers on the page's text.
#include "FuzzSupport.h"
#include "evidence/PageMetadataParser.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cpd::fuzz::bytes(data, size);
    const qsizetype eol = input.indexOf('\n');
    const QByteArray contentType = eol < 0 ? QByteArray() : input.left(eol);
    const QByteArray body = eol < 0 ? input : input.mid(eol + 1);
    static const QUrl base(QStringLiteral("https://www.nice.org.uk/guidance/ng136"));
    (void)cpd::PageMetadataParser::parse(body, contentType, base);
    (void)cpd::PageMetadataParser::isHtml(contentType);
    if (body.size() < 4096) {
        const QString text = QString::fromUtf8(body);
        (void)cpd::PageMetadataParser::decodeEntities(text);
        (void)cpd::PageMetadataParser::parseDate(text);
    }
    return 0;
}
