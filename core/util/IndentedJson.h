#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace cpd {

// Pieces of JSON text exactly as QJsonDocument::toJson(QJsonDocument::Indented) writes them, so
// that a large document can be written a part at a time (a page of entries) with the same bytes
// as the one QJsonDocument of everything. A value nested `level` deep has its opening bracket
// where the caller puts it, its contents at level + 1 (four spaces a level) and its closing
// bracket at `level`; nothing is written after it.
class IndentedJson
{
public:
    static void indent(QByteArray& out, int level);
    // Quoted and escaped as Qt does: ", \ and control characters escaped, lone surrogates as
    // \uXXXX.
    static void string(QByteArray& out, QStringView text);
    // Integers up to 2^53 without a fraction as integers, other numbers shortest, not finite as
    // null.
    static void number(QByteArray& out, double value);
    // Any value; objects and arrays through QJsonDocument itself, re-indented to `level`.
    static void value(QByteArray& out, const QJsonValue& value, int level);
    // "key": and a space, indented to `level` (the key's own level).
    static void key(QByteArray& out, QStringView key, int level);
};

} // namespace cpd
