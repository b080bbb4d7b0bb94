#include "PdfFileWriter.h"

#include <zlib.h>

#include <cstdio>
#include <new>

namespace cpd {

PdfFileWriter::PdfFileWriter()
{
    m_out.reserve(512 * 1024);
    // The second line's bytes above 127 tell transfer programs the file is binary.
    m_out.append("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
}

int PdfFileWriter::reserve()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

void PdfFileWriter::begin(int id)
{
    m_offsets[id - 1] = m_out.size();
    m_out.append(QByteArray::number(id));
    m_out.append(" 0 obj\n");
}

void PdfFileWriter::object(int id, const QByteArray& body)
{
    begin(id);
    m_out.append(body);
    m_out.append("\nendobj\n");
}

void PdfFileWriter::stream(int id, const QByteArray& extra, const QByteArray& data)
{
    deflatedStream(id, extra, deflate(data));
}

void PdfFileWriter::deflatedStream(int id, const QByteArray& extra, const QByteArray& deflated)
{
    begin(id);
    m_out.append("<<");
    m_out.append(extra);
    m_out.append(" /Filter /FlateDecode /Length ");
    m_out.append(QByteArray::number(deflated.size()));
    m_out.append(">>\nstream\n");
    m_out.append(deflated);
    m_out.append("\nendstream\nendobj\n");
}

QByteArray PdfFileWriter::finish(int root, int info)
{
    const qsizetype xref = m_out.size();
    m_out.append("xref\n0 ");
    m_out.append(QByteArray::number(m_offsets.size() + 1));
    m_out.append("\n0000000000 65535 f \n");
    char line[21];
    for (qsizetype offset : std::as_const(m_offsets)) {
        Q_ASSERT(offset >= 0);
        std::snprintf(line, sizeof line, "%010lld 00000 n \n", static_cast<long long>(offset));
        m_out.append(line, 20);
    }
    m_out.append("trailer\n<< /Size ");
    m_out.append(QByteArray::number(m_offsets.size() + 1));
    m_out.append(" /Root ");
    m_out.append(QByteArray::number(root));
    m_out.append(" 0 R /Info ");
    m_out.append(QByteArray::number(info));
    m_out.append(" 0 R >>\nstartxref\n");
    m_out.append(QByteArray::number(xref));
    m_out.append("\n%%EOF\n");
    return std::move(m_out);
}

QByteArray PdfFileWriter::deflate(const QByteArray& data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    // Level 6 (zlib's default) compresses page text about as well as 9 in half the time.
    const int status =
        compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(data.constData()), uLong(data.size()), 6);
    if (status != Z_OK) // the buffer is big enough: only memory can run out
        throw std::bad_alloc();
    out.resize(qsizetype(size));
    return out;
}

} // namespace cpd
