#pragma once

#include <QMessageBox>

namespace cpd {

// The one way ui/ asks a question or reports an error. Tests set the next answer first, so a
// dialog never blocks them (as KeePassXC does).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text);

    // The answer the next dialog gives without being shown. NoButton clears it.
    static void setNextAnswer(Button answer);
    // Every dialog since the last call gets this answer without being shown (tests).
    static void setAnswerAll(Button answer);
    // The text of the last dialog asked, shown or answered (tests check what was asked).
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace cpd
