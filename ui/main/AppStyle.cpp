#include "main/AppStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace cpd {

void AppStyle::apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor text(0x21, 0x2b, 0x32);
    const QColor accent(0x00, 0x5e, 0xb8); // a clinical blue
    p.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0xd6, 0xe6, 0xf5));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x76, 0x81, 0x8a));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xab));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xab));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xab));
    app.setPalette(p);

    app.setStyleSheet(QStringLiteral(R"(
QListWidget#navigation { background: #e8edf2; border: none; border-right: 1px solid #d5dce3;
    padding-top: 8px; font-size: 10.5pt; }
QListWidget#navigation::item { padding: 8px 14px; margin: 1px 6px; border-radius: 6px; color: #33414c; }
QListWidget#navigation::item:selected { background: #ffffff; color: #005eb8; font-weight: 600; }
QListWidget#navigation::item:hover:!selected { background: #dde4eb; }
QLabel#heading { font-size: 14pt; font-weight: 600; color: #1d2a33; padding-bottom: 4px; }
QLabel#section { font-weight: 600; color: #005eb8; padding-top: 10px;
    border-bottom: 1px solid #dfe5ea; padding-bottom: 3px; }
QLabel#question { color: #3a4852; padding-top: 4px; }
QLabel#hint { color: #66737d; }
QLabel#problems { color: #b3261e; font-weight: 600; }
QLabel#welcomeTitle { font-size: 18pt; font-weight: 600; color: #1d2a33; }
QLabel#welcomeText { font-size: 11pt; color: #3a4852; }
QWidget#welcomeCard { background: #ffffff; border: 1px solid #dfe5ea; border-radius: 10px; }
QWidget#editorContent { background: #ffffff; }
QWidget#editorBar { background: #f7f9fb; border-top: 1px solid #dfe5ea; }
QLineEdit#search { padding: 6px 8px; border: 1px solid #c5ced6; border-radius: 6px; font-size: 10.5pt; }
QLineEdit#search:focus { border-color: #005eb8; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: #005eb8; color: white; border: 1px solid #004c95;
    border-radius: 5px; padding: 6px 18px; font-weight: 600; }
QPushButton#primary:hover { background: #0068c9; }
QPushButton#primary:disabled { background: #9dbbd9; border-color: #9dbbd9; }
QTableView { border: 1px solid #dfe5ea; border-radius: 4px; selection-color: #1d2a33; }
QHeaderView::section { background: #f3f5f7; border: none; border-bottom: 1px solid #dfe5ea;
    padding: 5px 6px; color: #4a5863; font-weight: 600; }
QStatusBar { background: #e8edf2; color: #4a5863; }
QToolBar { background: #f3f5f7; border: none; border-bottom: 1px solid #dfe5ea; spacing: 4px; padding: 3px; }
QGroupBox { font-weight: 600; color: #3a4852; border: 1px solid #dfe5ea; border-radius: 6px;
    margin-top: 10px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QCheckBox { font-weight: normal; }
)"));
}

} // namespace cpd
