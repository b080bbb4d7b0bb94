#pragma once

#include <QDate>
#include <QString>

namespace cpd {

struct SearchHit
{
    // Snippets mark matched words between these two characters.
    static constexpr char16_t kMatchStart = u'\x02';
    static constexpr char16_t kMatchEnd = u'\x03';

    QString id;
    QString title;
    QDate date;
    QString activity;
    QString snippet; // with kMatchStart/kMatchEnd around matches
    double rank = 0; // bm25: lower is better

    // The snippet with matches wrapped in open/close, e.g. "[" and "]".
    QString snippetMarked(const QString& open, const QString& close) const;
    // The snippet as HTML with matches in <b>, everything else escaped.
    QString snippetHtml() const;
};

} // namespace cpd
