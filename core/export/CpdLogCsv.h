#pragma once

#include <QByteArray>

namespace cpd {

struct Portfolio;

// The CPD log as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
// a line break, quotes doubled), UTF-8 with a byte-order mark so that Excel reads the accents
// and dashes right. One row per entry, oldest first, then a totals row.
class CpdLogCsv
{
public:
    static QByteArray write(const Portfolio& portfolio);
    static QString field(const QString& value);
};

} // namespace cpd
