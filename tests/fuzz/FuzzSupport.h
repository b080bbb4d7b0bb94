#pragma once

// Helpers shared by the fuzz targets (tests/fuzz).
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "storage/Database.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cpd::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A QCoreApplication (SQL drivers are plugins) made once; Qt's warnings are silenced, since
// hostile input makes parsers warn on every run, but qFatal still aborts.
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "cpd-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext&, const QString& message) {
                if (type == QtFatalMsg) {
                    std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
                    std::abort();
                }
            });
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

// The input written to one file in a temporary folder (reused run after run), for readers that
// take a path.
inline QString writeInput(const uint8_t* data, size_t size, const QString& fileName)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

// A property the parser promises broke: report it like a crash.
[[noreturn]] inline void broken(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

// An empty journal file on disk, migrated once; reset() after a run that stored something puts
// a fresh copy back, so every run starts from an empty journal without paying for the migrations.
class FuzzJournal
{
public:
    FuzzJournal()
    {
        ensureApp();
        auto made = Database::open(m_pristine);
        if (!made)
            broken("cannot make a journal");
        made->reset(); // closed, so the copy below is the whole of it
        reset();
    }
    Database& db() { return *m_db; }
    void reset()
    {
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
        if (!QFile::copy(m_pristine, m_path))
            broken("cannot copy the empty journal");
        auto opened = Database::open(m_path);
        if (!opened)
            broken("cannot open the journal copy");
        m_db = std::move(*opened);
    }

private:
    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("journal.cpdj"));
    QString m_pristine = m_dir.filePath(QStringLiteral("pristine.cpdj"));
    std::unique_ptr<Database> m_db;
};

} // namespace cpd::fuzz
