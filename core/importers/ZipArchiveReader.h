#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class QuaZip;

namespace cpd {

// Reads named files out of a zip into memory; nothing is ever extracted to disk. Refuses an
// archive that is too large, damaged, or holds an entry whose path climbs out ("../../x") or
// is absolute.
class ZipArchiveReader
{
public:
    ~ZipArchiveReader();
    ZipArchiveReader(ZipArchiveReader&&) noexcept;

    static Result<ZipArchiveReader> open(const QString& path, qint64 maxArchiveBytes);
    const QStringList& names() const { return m_names; }
    // The whole entry, refused when its size (as declared, or as read) is over maxBytes, or
    // when its checksum is wrong.
    Result<QByteArray> read(const QString& name, qint64 maxBytes);
    static bool isSafePath(const QString& name);

private:
    ZipArchiveReader() = default;
    std::unique_ptr<QuaZip> m_zip;
    QString m_path;
    QStringList m_names;
};

} // namespace cpd
