#include "cli/ExportCommand.h"

#include "ExportService.h"
#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/PassphraseInput.h"
#include "crypto/FileCrypto.h"
#include "standards/StandardRegistry.h"

#include <QGuiApplication>

namespace cpd {

std::unique_ptr<QCoreApplication> ExportCommand::createApplication(int& argc, char** argv)
{
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db") {
            ++i;
            continue;
        }
        if (!exporting && !a.startsWith('-'))
            exporting = a == "export";
        // team report -o FILE: always a PDF.
        if (a == "team" && i + 1 < argc && QByteArray(argv[i + 1]) == "report")
            exporting = pdf = true;
        if (exporting && (a == "--format=pdf" || (a == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf")))
            pdf = true;
    }
    if (exporting && pdf) {
        // Offscreen whatever the environment says: a CLI must work over ssh and in cron.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // stderr is for one line a person can act on: without a login session there is no
        // XDG_RUNTIME_DIR, and Qt's warning about it says nothing about the export.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (previous)
                previous(type, context, message);
        });
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

QString ExportCommand::summary() const
{
    return QStringLiteral(
        "Writes the NMC revalidation or GP appraisal portfolio as PDF or HTML, the CPD log as CSV, or the whole journal "
        "as JSON (which import json restores; --standard, --from and --to do not narrow it). Everything exported is "
        "checked for patient identifiers first: with findings nothing is written, they are listed on stderr and the "
        "exit status is 1, unless --allow-identifiers. The file is replaced whole or not at all. --encrypt protects it "
        "with a passphrase (Argon2id and XChaCha20-Poly1305; import json and restore recognise such files).");
}

int ExportCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("standard"), QStringLiteral("nmc|gp"), QStringLiteral("the portfolio's standard"))
        .option(QStringLiteral("format"), QStringLiteral("pdf|html|csv|json"), QStringLiteral("the file format"))
        .option(QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day (default: the period's start)"))
        .option(QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day (default: the period's end)"))
        .flag(QStringLiteral("allow-identifiers"), QStringLiteral("export even with possible identifiers"))
        .option(QStringLiteral("o"), QStringLiteral("FILE"), QStringLiteral("the file to write"))
        .flag(QStringLiteral("encrypt"), QStringLiteral("encrypt the file with a passphrase"));
    PassphraseInput::addOptions(parser);
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected \"%1\"").arg(parser.positional().first()), synopsis());
    const QString standard = parser.value(QStringLiteral("standard"));
    if (standard != QLatin1String("nmc") && standard != QLatin1String("gp"))
        return context.usageError(standard.isEmpty() ? QStringLiteral("say which standard: --standard nmc or gp")
                                                     : QStringLiteral("unknown standard \"%1\"; use nmc or gp").arg(standard),
                                  synopsis());
    if (!parser.isSet(QStringLiteral("format")))
        return context.usageError(QStringLiteral("say which format: --format pdf, html, csv or json"), synopsis());
    auto format = ExportService::parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return context.usageError(format.error().message, synopsis());
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return context.usageError(QStringLiteral("say where to write: -o FILE"), synopsis());
    const bool encrypt = parser.isSet(QStringLiteral("encrypt"));
    if (encrypt != PassphraseInput::given(parser))
        return context.usageError(encrypt ? QStringLiteral("--encrypt needs a passphrase: %1").arg(PassphraseInput::usage())
                                          : QStringLiteral("a passphrase is only for --encrypt"),
                                  synopsis());
    ExportService::Request request;
    request.format = *format;
    request.portfolio.standard = standard;
    request.allowIdentifiers = parser.isSet(QStringLiteral("allow-identifiers"));
    for (const auto& [name, target] : {std::pair{QStringLiteral("from"), &request.portfolio.from},
                                       std::pair{QStringLiteral("to"), &request.portfolio.to}}) {
        if (!parser.isSet(name))
            continue;
        *target = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!target->isValid())
            return context.usageError(QStringLiteral("--%1 \"%2\" is not a date (use YYYY-MM-DD)").arg(name, parser.value(name)),
                                      synopsis());
    }
    if (*format == ExportService::Format::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return context.userError(QStringLiteral("PDF needs the CLI's graphics-free renderer; run cpdjournal-cli itself"));

    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    auto rendered = ExportService(**db, context.clock(), standards).render(request);
    if (!rendered)
        return context.userError(rendered.error().message);
    if (!rendered->findings.isEmpty()) {
        QTextStream& err = context.err();
        const qsizetype n = rendered->findings.size();
        err << "cpdjournal-cli: export refused: "
            << (n == 1 ? QStringLiteral("1 possible identifier") : QStringLiteral("%1 possible identifiers").arg(n))
            << " found; redact them, mark them \"not an identifier\" in the app, or run again with --allow-identifiers"
            << Qt::endl;
        for (const PrivacyGate::Hit& h : std::as_const(rendered->findings))
            err << PrivacyGate::describe(h).simplified() << '\n';
        err.flush();
        return ExitUserError;
    }
    if (encrypt) {
        auto passphrase = PassphraseInput::read(context, parser);
        if (!passphrase)
            return context.userError(passphrase.error().message);
        auto sealed = FileCrypto::encryptBytes(rendered->bytes, *passphrase);
        passphrase->fill('\0');
        if (!sealed)
            return context.userError(sealed.error().message);
        rendered->bytes = *sealed;
    }
    if (auto ok = ExportService::save(output, rendered->bytes); !ok)
        return context.userError(ok.error().message);
    QString what = QStringLiteral("%1 bytes").arg(rendered->bytes.size());
    if (rendered->pages > 0)
        what = rendered->pages == 1 ? QStringLiteral("1 page") : QStringLiteral("%1 pages").arg(rendered->pages);
    context.out() << "Wrote " << output << " (" << what << (encrypt ? ", encrypted" : "") << ")" << Qt::endl;
    return ExitOk;
}

} // namespace cpd
