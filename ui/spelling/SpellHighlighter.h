#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

namespace cpd {

class SpellChecker;

// Underlines the misspelt words of a document in the platform's spell-check style. Qt calls it
// for the blocks (paragraphs) that changed only, and each word's answer is cached by the
// checker, so a keystroke costs one paragraph's hash lookups.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument* document, const SpellChecker* checker);

    void setUnderlineColour(const QColor& colour) { m_colour = colour; }
    // Off clears the underlines; on checks the whole document again.
    void setActive(bool active);
    // The checker to use (the dictionary loads after the field is made); nullptr checks nothing.
    void setChecker(const SpellChecker* checker) { m_checker = checker; }
    bool isActive() const { return m_active; }

protected:
    void highlightBlock(const QString& text) override;

private:
    const SpellChecker* m_checker;
    QColor m_colour;
    bool m_active = true;
};

} // namespace cpd
