#include "importers/ZipArchiveReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace cpd {

ZipArchiveReader::~ZipArchiveReader()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

ZipArchiveReader::ZipArchiveReader(ZipArchiveReader&&) noexcept = default;

bool ZipArchiveReader::isSafePath(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false; // C:\…
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

Result<ZipArchiveReader> ZipArchiveReader::open(const QString& path, qint64 maxArchiveBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("ZipArchiveReader", "%1: no such file.").arg(path));
    if (!info.isFile())
        return fail(QCoreApplication::translate("ZipArchiveReader", "%1 is not a file.").arg(path));
    if (info.size() > maxArchiveBytes)
        return fail(QCoreApplication::translate(
                        "ZipArchiveReader",
                        "%1 is %2 MB, larger than the %3 MB an archive may be; it was not read.")
                        .arg(path)
                        .arg(info.size() / (1024 * 1024))
                        .arg(maxArchiveBytes / (1024 * 1024)));
    ZipArchiveReader reader;
    reader.m_path = path;
    reader.m_zip = std::make_unique<QuaZip>(path);
    if (!reader.m_zip->open(QuaZip::mdUnzip))
        return fail(
            QCoreApplication::translate(
                "ZipArchiveReader",
                "%1 is not a readable zip archive (it may be damaged or incomplete; error %2).")
                .arg(path)
                .arg(reader.m_zip->getZipError()));
    reader.m_names = reader.m_zip->getFileNameList();
    if (reader.m_zip->getZipError() != UNZ_OK)
        return fail(QCoreApplication::translate(
                        "ZipArchiveReader",
                        "%1 is a damaged zip archive: its list of files cannot be read.")
                        .arg(path));
    for (const QString& name : std::as_const(reader.m_names)) {
        if (!isSafePath(name))
            return fail(QCoreApplication::translate("ZipArchiveReader",
                                                    "%1 holds a file with an unsafe path (\"%2\"); "
                                                    "the archive was refused and nothing was "
                                                    "imported.")
                            .arg(path, name));
    }
    return reader;
}

Result<QByteArray> ZipArchiveReader::read(const QString& name, qint64 maxBytes)
{
    if (!m_zip->setCurrentFile(name))
        return fail(QCoreApplication::translate("ZipArchiveReader", "%1 has no file %2.")
                        .arg(m_path, name));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate(
                        "ZipArchiveReader",
                        "%1 in %2 cannot be read (the archive may be damaged; error %3).")
                        .arg(name, m_path)
                        .arg(file.getZipError()));
    if (file.usize() > maxBytes)
        return fail(QCoreApplication::translate(
                        "ZipArchiveReader",
                        "%1 in %2 is %3 MB, larger than the %4 MB allowed; it was not read.")
                        .arg(name, m_path)
                        .arg(file.usize() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024)));
    QByteArray data;
    data.reserve(qsizetype(std::max<qint64>(0, std::min(file.usize(), maxBytes))));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return fail(QCoreApplication::translate(
                            "ZipArchiveReader",
                            "%1 in %2 cannot be read: the archive is damaged or incomplete.")
                            .arg(name, m_path));
        if (n == 0)
            break;
        if (data.size() + n > maxBytes)
            return fail(QCoreApplication::translate(
                            "ZipArchiveReader",
                            "%1 in %2 is larger than the %3 MB allowed; it was not read.")
                            .arg(name, m_path)
                            .arg(maxBytes / (1024 * 1024)));
        data.append(buffer, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return fail(QCoreApplication::translate(
                        "ZipArchiveReader", "%1 in %2 is damaged (its checksum does not match).")
                        .arg(name, m_path));
    return data;
}

} // namespace cpd
