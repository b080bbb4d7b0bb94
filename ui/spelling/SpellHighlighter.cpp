#include "spelling/SpellHighlighter.h"

#include "spelling/SpellChecker.h"

namespace cpd {

SpellHighlighter::SpellHighlighter(QTextDocument* document, const SpellChecker* checker)
    : QSyntaxHighlighter(document), m_checker(checker), m_colour(Qt::red)
{
}

void SpellHighlighter::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_active || !m_checker)
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(m_colour);
    const QList<WordTokenizer::Word> misspelt = m_checker->misspelt(text);
    for (const WordTokenizer::Word& w : misspelt)
        setFormat(int(w.start), int(w.length), format);
}

} // namespace cpd
