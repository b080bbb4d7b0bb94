#pragma once

#include <QByteArray>
#include <QList>

namespace cpd {

// A PDF file written object by object: numbers are handed out first (so objects can refer
// forward), each object is written once, and finish() adds the cross-reference table and the
// trailer. Streams are deflated (FlateDecode).
class PdfFileWriter
{
public:
    PdfFileWriter();

    // A new object number to write later with object() or stream().
    int reserve();
    // "id 0 obj body endobj".
    void object(int id, const QByteArray& body);
    // A stream object: dictionary entries extra (without << >>), then data, deflated.
    void stream(int id, const QByteArray& extra, const QByteArray& data);
    // A stream whose data is already deflated (zlib format).
    void deflatedStream(int id, const QByteArray& extra, const QByteArray& deflated);
    // The cross-reference table and trailer; the file's bytes. Every reserved number must have
    // been written.
    QByteArray finish(int root, int info);

    // data in zlib format, as FlateDecode reads it.
    static QByteArray deflate(const QByteArray& data);

private:
    void begin(int id);

    QByteArray m_out;
    QList<qsizetype> m_offsets; // by object number - 1; -1 until written
};

} // namespace cpd
