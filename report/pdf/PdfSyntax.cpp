#include "PdfSyntax.h"

#include <charconv>
#include <cmath>

namespace cpd {

char* PdfSyntax::writeNumber(char* p, double v)
{
    // Hundredths, rounded; written as an integer part and up to two decimals.
    long long hundredths = std::llround(v * 100);
    if (hundredths < 0) {
        *p++ = '-';
        hundredths = -hundredths;
    }
    p = std::to_chars(p, p + 20, hundredths / 100).ptr;
    const int frac = int(hundredths % 100);
    if (frac == 0)
        return p;
    *p++ = '.';
    *p++ = char('0' + frac / 10);
    if (frac % 10 != 0)
        *p++ = char('0' + frac % 10);
    return p;
}

void PdfSyntax::appendNumber(QByteArray& out, double v)
{
    char buf[24];
    out.append(buf, writeNumber(buf, v) - buf);
}

QByteArray PdfSyntax::number(double v)
{
    QByteArray out;
    appendNumber(out, v);
    return out;
}

QByteArray PdfSyntax::textString(const QString& text)
{
    QByteArray out("<FEFF");
    out.reserve(6 + text.size() * 4);
    for (QChar c : text)
        appendHex4(out, c.unicode());
    out.append('>');
    return out;
}

QByteArray PdfSyntax::literal(const QByteArray& bytes)
{
    QByteArray out("(");
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\' || c == '(' || c == ')') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20 || u > 0x7e) {
            out.append('\\');
            out.append(char('0' + (u >> 6)));
            out.append(char('0' + ((u >> 3) & 7)));
            out.append(char('0' + (u & 7)));
        } else {
            out.append(c);
        }
    }
    out.append(')');
    return out;
}

char* PdfSyntax::writeHex4(char* p, unsigned v)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    *p++ = digits[(v >> 12) & 15];
    *p++ = digits[(v >> 8) & 15];
    *p++ = digits[(v >> 4) & 15];
    *p++ = digits[v & 15];
    return p;
}

void PdfSyntax::appendHex4(QByteArray& out, unsigned v)
{
    char buf[4];
    out.append(buf, writeHex4(buf, v) - buf);
}

} // namespace cpd
