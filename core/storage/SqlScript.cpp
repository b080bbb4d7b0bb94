#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace cpd {

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    bool blockComment = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (lineComment) {
            if (c == QLatin1Char('\n'))
                lineComment = false;
            continue;
        }
        if (blockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                blockComment = false;
                ++i;
            }
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            lineComment = true;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            blockComment = true;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            current += c;
            continue;
        }
        current += c;
        if (c == QLatin1Char(';')) {
            static const QRegularExpression trigger(
                QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression end(QStringLiteral("\\bEND\\s*;$"),
                                                QRegularExpression::CaseInsensitiveOption);
            if (trigger.match(current).hasMatch() && !end.match(current.trimmed()).hasMatch())
                continue;
            const QString statement = current.trimmed();
            if (statement != QLatin1String(";"))
                statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace cpd
