#include "search/FtsQuery.h"

#include <QStringList>

namespace cpd {
namespace {

bool hasWordCharacter(const QString& s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString FtsQuery::fromUserText(const QString& text)
{
    QStringList terms;
    QString current;
    bool inPhrase = false;
    auto flush = [&](bool phrase) {
        QString term = current.trimmed();
        current.clear();
        if (term.isEmpty())
            return;
        bool prefix = false;
        if (!phrase && term.endsWith(QLatin1Char('*'))) {
            prefix = true;
            while (term.endsWith(QLatin1Char('*')))
                term.chop(1);
        }
        term.remove(QLatin1Char('"'));
        if (!hasWordCharacter(term))
            return;
        terms << quoted(term) + (prefix ? QStringLiteral("*") : QString());
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush(inPhrase);
            inPhrase = !inPhrase;
        } else if (!inPhrase && c.isSpace()) {
            flush(false);
        } else {
            current += c;
        }
    }
    flush(inPhrase);
    return terms.join(QLatin1Char(' '));
}

} // namespace cpd
