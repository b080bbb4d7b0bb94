#include "main/AppStyle.h"

#include "common/PaletteColours.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace cpd {
namespace {

struct Colours
{
    const char* navBackground;
    const char* navBorder;
    const char* navText;
    const char* navSelected;
    const char* navHover;
    const char* accent;      // accent text on the window background
    const char* primary;     // primary button background (white text on it)
    const char* primaryHover;
    const char* primaryBorder;
    const char* primaryDisabled;
    const char* heading;
    const char* question;
    const char* hint;
    const char* problems;
    const char* card;
    const char* border;
    const char* editor;
    const char* bar;
    const char* fieldBorder;
    const char* header;
    const char* headerText;
};

constexpr Colours kLight{"#e8edf2", "#d5dce3", "#33414c", "#ffffff", "#dde4eb", "#005eb8", "#005eb8", "#0068c9",
                         "#004c95", "#9dbbd9", "#1d2a33", "#3a4852", "#5d6a74", "#b3261e", "#ffffff", "#dfe5ea",
                         "#ffffff", "#f7f9fb", "#c5ced6", "#f3f5f7", "#4a5863"};
constexpr Colours kDark{"#1b2126", "#2f3840", "#d0d7de", "#2b333b", "#252d34", "#7cbcff", "#1f6fc2", "#2a7bd0",
                        "#155a9e", "#3d5670", "#e6ebef", "#c9d1d9", "#a3afba", "#ff8a80", "#22292f", "#37414a",
                        "#1b2126", "#20272d", "#4a5560", "#262e35", "#b8c2cc"};

QString pt(const QFont& base, double factor)
{
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    return QString::number(size * factor, 'f', 1) + QStringLiteral("pt");
}

} // namespace

QPalette AppStyle::lightPalette()
{
    QPalette p;
    const QColor text(0x21, 0x2b, 0x32);
    p.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0xd6, 0xe6, 0xf5));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x66, 0x71, 0x7a)); // 4.9:1 on white
    p.setColor(QPalette::Link, QColor(0x00, 0x5e, 0xb8));            // a clinical blue
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xab));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xab));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xab));
    return p;
}

QPalette AppStyle::darkPalette()
{
    QPalette p;
    const QColor text(0xe6, 0xeb, 0xef);
    p.setColor(QPalette::Window, QColor(0x1f, 0x25, 0x2a));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1b, 0x21, 0x26));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x2a, 0x30));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x32, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x5a, 0x87));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x95, 0xa1, 0xac));
    p.setColor(QPalette::Link, QColor(0x7c, 0xbc, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x32, 0x39));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x3a, 0x44, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x3b, 0x43));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x32, 0x39));
    p.setColor(QPalette::Dark, QColor(0x14, 0x19, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x76, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x76, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x76, 0x80));
    return p;
}

QString AppStyle::styleSheet(const QFont& base, bool dark)
{
    const Colours& c = dark ? kDark : kLight;
    const auto col = [](const char* hex) { return QLatin1String(hex); };
    return QStringLiteral(R"(
QListWidget#navigation { background: %1; border: none; border-right: 1px solid %2;
    padding-top: 8px; font-size: %22; }
QListWidget#navigation::item { padding: 8px 14px; margin: 1px 6px; border-radius: 6px; color: %3; }
QListWidget#navigation::item:selected { background: %4; color: %6; font-weight: 600; }
QListWidget#navigation::item:hover:!selected { background: %5; }
QLabel#heading { font-size: %23; font-weight: 600; color: %11; padding-bottom: 4px; }
QLabel#section { font-weight: 600; color: %6; padding-top: 10px;
    border-bottom: 1px solid %16; padding-bottom: 3px; }
QLabel#question { color: %12; padding-top: 4px; }
QLabel#hint { color: %13; }
QLabel#problems { color: %14; font-weight: 600; }
QLabel#welcomeTitle { font-size: %24; font-weight: 600; color: %11; }
QLabel#welcomeText { font-size: %25; color: %12; }
QWidget#welcomeCard { background: %15; border: 1px solid %16; border-radius: 10px; }
QWidget#editorContent { background: %17; }
QWidget#editorBar { background: %18; border-top: 1px solid %16; }
QLineEdit#search { padding: 6px 8px; border: 1px solid %19; border-radius: 6px; font-size: %22; }
QLineEdit#search:focus { border-color: %6; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: %7; color: white; border: 1px solid %9;
    border-radius: 5px; padding: 6px 18px; font-weight: 600; }
QPushButton#primary:hover { background: %8; }
QPushButton#primary:disabled { background: %10; border-color: %10; }
QTableView { border: 1px solid %16; border-radius: 4px; selection-color: palette(highlighted-text); }
QHeaderView::section { background: %20; border: none; border-bottom: 1px solid %16;
    padding: 5px 6px; color: %21; font-weight: 600; }
QStatusBar { background: %1; color: %21; }
QToolBar { background: palette(window); border: none; border-bottom: 1px solid %16; spacing: 4px; padding: 3px; }
QGroupBox { font-weight: 600; color: %12; border: 1px solid %16; border-radius: 6px;
    margin-top: 10px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QCheckBox { font-weight: normal; }
)")
        .arg(col(c.navBackground), col(c.navBorder), col(c.navText), col(c.navSelected), col(c.navHover),
             col(c.accent), col(c.primary), col(c.primaryHover), col(c.primaryBorder))
        .arg(col(c.primaryDisabled), col(c.heading), col(c.question), col(c.hint), col(c.problems), col(c.card),
             col(c.border), col(c.editor), col(c.bar))
        .arg(col(c.fieldBorder), col(c.header), col(c.headerText), pt(base, 1.05), pt(base, 1.4), pt(base, 1.8),
             pt(base, 1.1));
}

void AppStyle::apply(QApplication& app)
{
    // The platform theme's palette says whether the desktop is dark, before ours replaces it.
    const QByteArray theme = qgetenv("CPDJOURNAL_THEME");
    const bool dark = theme == "dark" || (theme != "light" && PaletteColours::isDark(QApplication::palette()));
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(dark ? darkPalette() : lightPalette());
    app.setStyleSheet(styleSheet(QApplication::font(), dark));
}

} // namespace cpd
