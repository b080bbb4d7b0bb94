// The confidentiality scanner on any text: findings lie inside the text, in order, never
// overlapping, and each one's text is the text at its place.
#include "FuzzSupport.h"
#include "privacy/ConfidentialityScanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const cpd::ConfidentialityScanner scanner;
    const QList<cpd::Finding> findings = scanner.scan(text);
    qsizetype last = 0;
    for (const cpd::Finding& f : findings) {
        if (f.start < last || f.end <= f.start || f.end > text.size())
            cpd::fuzz::broken("a finding out of order, overlapping or outside the text");
        if (f.text != text.mid(f.start, f.end - f.start))
            cpd::fuzz::broken("a finding's text is not the text at its place");
        if (!cpd::ConfidentialityScanner::kinds().contains(f.kind))
            cpd::fuzz::broken("a finding of an unknown kind");
        last = f.end;
    }
    return 0;
}
