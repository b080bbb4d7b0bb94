#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace cpd {

class CliContext;
class CliParser;

// How commands take a passphrase: from a file (--passphrase-file FILE, its first line) or
// standard input (--passphrase-stdin, the first line); never as an argument, which other users
// of the machine could read in the process list.
class PassphraseInput
{
public:
    static void addOptions(CliParser& parser);
    static bool given(const CliParser& parser);
    // The passphrase; an error when neither option was given, both were, or it is empty.
    static Result<QByteArray> read(CliContext& context, const CliParser& parser);
    static QString usage() { return QStringLiteral("(--passphrase-file FILE | --passphrase-stdin)"); }
};

} // namespace cpd
