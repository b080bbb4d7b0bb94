// An RSS or Atom feed, and the date and HTML-to-text helpers on its text.
#include "FuzzSupport.h"
#include "evidence/FeedParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cpd::fuzz::bytes(data, size);
    static const QUrl feedUrl(
        QStringLiteral("https://www.gov.uk/search/guidance-and-regulation.atom"));
    (void)cpd::FeedParser::parse(input, feedUrl);
    if (size < 4096) {
        const QString text = QString::fromUtf8(input);
        (void)cpd::FeedParser::parseDate(text);
        (void)cpd::FeedParser::plainText(text);
    }
    return 0;
}
