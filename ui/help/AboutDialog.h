#pragma once

#include <QDialog>

class QTextBrowser;

namespace cpd {

// Help ▸ About: the app's version, the versions of the libraries it runs with, its licence and
// the third-party notices.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "Qt 6.4.2", "SQLite 3.40.1"…: the libraries, as they report themselves at run time where
    // they can (else as built against).
    static QStringList libraryVersions();
    QTextBrowser* text() const { return m_text; }

private:
    QTextBrowser* m_text;
};

} // namespace cpd
