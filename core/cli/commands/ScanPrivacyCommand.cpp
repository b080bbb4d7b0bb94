#include "cli/commands/ScanPrivacyCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "privacy/ConfidentialityScanner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace cpd {

QString ScanPrivacyCommand::summary() const
{
    return QStringLiteral("Lists likely patient identifiers in a UTF-8 text (NHS numbers, postcodes, phone numbers, email "
                          "addresses, dates of birth, names with a title) with their positions. Exits 0 whether or not "
                          "anything is found.");
}

int ScanPrivacyCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("text-file"), QStringLiteral("FILE"), QStringLiteral("the text to scan"))
        .flag(QStringLiteral("json"), QStringLiteral("print the findings as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList positional = parser.positional();
    const bool fromStdin = positional == QStringList{QStringLiteral("-")};
    if (!positional.isEmpty() && !fromStdin)
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()), synopsis());
    if (fromStdin == parser.isSet(QStringLiteral("text-file")))
        return context.usageError(fromStdin ? QStringLiteral("say --text-file FILE or -, not both")
                                            : QStringLiteral("say what to scan: --text-file FILE, or - for standard input"),
                                  synopsis());
    const QString source = fromStdin ? QStringLiteral("-") : parser.value(QStringLiteral("text-file"));
    if (!fromStdin && QFileInfo(source).isDir())
        return context.userError(QStringLiteral("%1 is a folder, not a text file").arg(source));
    auto bytes = context.readInput(source);
    if (!bytes)
        return context.userError(bytes.error().message);
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(*bytes);
    if (decode.hasError())
        return context.userError(QStringLiteral("%1 is not UTF-8 text").arg(fromStdin ? QStringLiteral("standard input") : source));

    const QList<Finding> findings = ConfidentialityScanner().scan(text);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Finding& f : findings) {
            array.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                     {QStringLiteral("text"), f.text},
                                     {QStringLiteral("start"), double(f.start)},
                                     {QStringLiteral("end"), double(f.end)}});
        }
        context.printJson(array);
        return ExitOk;
    }
    QTextStream& out = context.out();
    for (const Finding& f : findings)
        out << f.start << '-' << f.end << "  " << ConfidentialityScanner::describe(f.kind) << "  " << f.text << '\n';
    out << (findings.isEmpty() ? QStringLiteral("No likely identifiers found.")
                               : findings.size() == 1 ? QStringLiteral("1 likely identifier: remove or redact it before sharing.")
                                                      : QStringLiteral("%1 likely identifiers: remove or redact them before sharing.")
                                                            .arg(findings.size()))
        << '\n';
    return ExitOk;
}

} // namespace cpd
