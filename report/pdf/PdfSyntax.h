#pragma once

#include <QByteArray>
#include <QString>

namespace cpd {

// The bits of PDF syntax the writer needs: numbers without exponents or trailing zeros, text
// strings (UTF-16BE with a byte order mark, in hex) and literal strings of bytes (URIs).
class PdfSyntax
{
public:
    // v with at most two decimals ("12.5", "-3", "0.24"), appended to out.
    static void appendNumber(QByteArray& out, double v);
    static QByteArray number(double v);
    // A text string (titles): <FEFF...>.
    static QByteArray textString(const QString& text);
    // A literal string of bytes: (...) with \, ( and ) escaped and bytes outside printable
    // ASCII written as octal escapes.
    static QByteArray literal(const QByteArray& bytes);
    // Four upper-case hex digits of a glyph id or a UTF-16 code unit, appended to out.
    static void appendHex4(QByteArray& out, unsigned v);

    // The same written at p, which must have room (24 bytes for a number, 4 for hex); they
    // return the end.
    static char* writeNumber(char* p, double v);
    static char* writeHex4(char* p, unsigned v);
};

} // namespace cpd
