#pragma once

// The SHA-256 of a file's bytes (empty when it cannot be read): tests check that a refused
// operation left a journal exactly as it was.
#include <QCryptographicHash>
#include <QFile>

namespace cpd::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace cpd::test
