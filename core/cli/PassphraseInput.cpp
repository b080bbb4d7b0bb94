#include "cli/PassphraseInput.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"

namespace cpd {

void PassphraseInput::addOptions(CliParser& parser)
{
    parser.option(QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                  QStringLiteral("read the passphrase from the first line of FILE"))
        .flag(QStringLiteral("passphrase-stdin"), QStringLiteral("read the passphrase from standard input"));
}

bool PassphraseInput::given(const CliParser& parser)
{
    return parser.isSet(QStringLiteral("passphrase-file")) || parser.isSet(QStringLiteral("passphrase-stdin"));
}

Result<QByteArray> PassphraseInput::read(CliContext& context, const CliParser& parser)
{
    const bool fromFile = parser.isSet(QStringLiteral("passphrase-file"));
    const bool fromStdin = parser.isSet(QStringLiteral("passphrase-stdin"));
    if (fromFile == fromStdin)
        return fail(QStringLiteral("give the passphrase with either --passphrase-file FILE or --passphrase-stdin"));
    auto bytes = context.readInput(fromFile ? parser.value(QStringLiteral("passphrase-file")) : QStringLiteral("-"),
                                   64 * 1024);
    if (!bytes)
        return std::unexpected(bytes.error());
    QByteArray passphrase = bytes->left(bytes->indexOf('\n') < 0 ? bytes->size() : bytes->indexOf('\n'));
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    bytes->fill('\0');
    if (passphrase.isEmpty())
        return fail(QStringLiteral("the passphrase is empty"));
    return passphrase;
}

} // namespace cpd
