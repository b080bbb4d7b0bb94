#include "common/MessageBox.h"

namespace cpd {
namespace {

QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton s_answerAll = QMessageBox::NoButton;
QString s_lastText;

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setAnswerAll(Button answer)
{
    s_answerAll = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_answerAll != QMessageBox::NoButton)
        return s_answerAll;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, QMessageBox::NoButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton);
}

} // namespace cpd
