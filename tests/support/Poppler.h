#pragma once

// A PDF written to a temporary file and read back with poppler's tools (poppler-utils): its
// information, fonts, text per page and per word with positions, and pages as grey images.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

class Poppler
{
public:
    explicit Poppler(const QByteArray& pdf) : m_path(m_dir.filePath(QStringLiteral("doc.pdf")))
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            qFatal("could not write the PDF");
    }

    // The tool's standard output; a tool that fails, or complains about the file on standard
    // error ("Syntax Error…"), stops the test.
    static QString run(const QString& tool, const QStringList& args)
    {
        return QString::fromUtf8(bytes(tool, args));
    }
    static QByteArray bytes(const QString& tool, const QStringList& args)
    {
        QProcess p;
        p.start(tool, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        const QByteArray complaints = p.readAllStandardError().trimmed();
        if (!complaints.isEmpty())
            qFatal("%s complained: %s", qPrintable(tool), complaints.constData());
        return p.readAllStandardOutput();
    }

    QString path() const { return m_path; }

    QString info() const { return run(QStringLiteral("pdfinfo"), {m_path}); }
    QString fonts() const { return run(QStringLiteral("pdffonts"), {m_path}); }
    int pages() const
    {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    // Page n (1-based) in reading order, one string per line, blank lines left out.
    QStringList lines(int n) const
    {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                                  QString::number(n), m_path, QStringLiteral("-")});
        QStringList out;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
        }
        return out;
    }
    QString text(int n) const { return lines(n).join(QLatin1Char(' ')); }
    // Page n's words with their left and right edges in points.
    struct Word
    {
        QString text;
        double xMin, xMax;
    };
    QList<Word> words(int n) const
    {
        const QString html =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox-layout"), QStringLiteral("-f"), QString::number(n),
                 QStringLiteral("-l"), QString::number(n), m_path, QStringLiteral("-")});
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\"[^>]*>([^<]*)</word>"));
        QList<Word> out;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            out << Word{m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        return out;
    }

    // Page n (1-based) rendered in grey at dpi: its width, height and one byte per pixel.
    struct Image
    {
        int width = 0, height = 0;
        QByteArray pixels;
    };
    Image grey(int n, int dpi) const
    {
        const QByteArray pgm =
            bytes(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi),
                   QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                   QString::number(n), m_path});
        // P5, width height, 255, then the pixels.
        const QList<QByteArray> head = pgm.left(64).split('\n');
        if (head.size() < 4 || head[0] != "P5")
            qFatal("pdftoppm gave no grey image");
        const QList<QByteArray> size = head[1].split(' ');
        Image out{size.value(0).toInt(), size.value(1).toInt(), {}};
        out.pixels = pgm.right(qsizetype(out.width) * out.height);
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};
