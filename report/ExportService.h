#pragma once

#include "export/PortfolioOptions.h"
#include "export/PrivacyGate.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <atomic>
#include <functional>

namespace cpd {

class Clock;
class Database;
class StandardRegistry;

// One export from start to finish: assemble, check confidentiality, render, write atomically.
// The same path for the CLI and the GUI's worker thread (which opens its own Database).
class ExportService
{
public:
    enum class Format { Pdf, Html, Csv, Json };
    struct Request
    {
        PortfolioOptions portfolio;
        Format format = Format::Pdf;
        bool allowIdentifiers = false;
    };
    struct Rendered
    {
        QByteArray bytes;
        QList<PrivacyGate::Hit> findings; // not empty: refused, bytes is empty
        int pages = 0;                    // PDF only
    };
    // (step done, steps, what) — for progress bars.
    using Progress = std::function<void(int, int, const QString&)>;

    ExportService(Database& db, const Clock& clock, const StandardRegistry& standards);

    static Result<Format> parseFormat(const QString& name);
    static QString suffix(Format format);

    // Renders in memory. Stops with "Cancelled." when cancel becomes true.
    Result<Rendered> render(const Request& request, const Progress& progress = {},
                            const std::atomic_bool* cancel = nullptr) const;
    // The PDF's first pages as images widthPx wide (the gate runs first, as for render).
    struct Preview
    {
        QList<QImage> pages;
        int pageCount = 0;
        QList<PrivacyGate::Hit> findings;
    };
    Result<Preview> preview(const Request& request, int maxPages, int widthPx, const Progress& progress = {},
                            const std::atomic_bool* cancel = nullptr) const;

    // Writes through QSaveFile: the file appears whole or not at all.
    static Status save(const QString& path, const QByteArray& bytes);

private:
    Result<QList<PrivacyGate::Hit>> gate(const Request& request, const Portfolio& portfolio) const;

    Database& m_db;
    const Clock& m_clock;
    const StandardRegistry& m_standards;
};

} // namespace cpd
