#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

#include <memory>

namespace cpd {

// export --standard (nmc | gp) --format (pdf | html | csv | json) [--from DATE] [--to DATE]
//        [--allow-identifiers] -o FILE [--encrypt (--passphrase-file FILE | --passphrase-stdin)]
class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return QStringLiteral("export --standard (nmc | gp) --format (pdf | html | csv | json) [--from DATE] [--to DATE] "
                              "[--allow-identifiers] -o FILE [--encrypt (--passphrase-file FILE | --passphrase-stdin)]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

    // The CLI's application object. Only a PDF export needs Qt Gui (fonts, painting): for it, a
    // QGuiApplication on the offscreen platform (no display needed, never a QApplication);
    // every other command gets a plain QCoreApplication and loads no platform plugin.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);
};

} // namespace cpd
