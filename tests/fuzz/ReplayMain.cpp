// The fuzz targets' main in ordinary builds: runs LLVMFuzzerTestOneInput once on every file of
// the folders (or files) named on the command line, so the seed corpus and every saved crash are
// a regression test. A crash or an abort fails the test; the file's name is printed first.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList paths;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths << it.next();
            paths.sort();
        } else if (QFileInfo::exists(arg)) {
            paths << arg;
        }
        for (const QString& path : std::as_const(paths)) {
            if (path.endsWith(QLatin1String("README.md")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            std::fprintf(stderr, "%s\n", qPrintable(path));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d inputs ran without a crash\n", files);
    return files > 0 ? 0 : 1;
}
