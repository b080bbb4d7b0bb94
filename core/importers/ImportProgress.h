#pragma once

#include <QString>

#include <functional>

namespace cpd {

// Told how far an import has got (stage is a short phrase such as "Reading data/tweets.js").
// Returning false cancels: the import stops and nothing is stored.
using ImportProgress = std::function<bool(const QString& stage, qint64 done, qint64 total)>;

} // namespace cpd
