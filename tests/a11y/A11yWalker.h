#pragma once

// Shared by the accessibility and keyboard tests: which widgets count as controls, what a
// screen reader would call them, and how to open every area of a window.
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

#include <functional>

namespace cpd::test {

inline bool isControl(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w))
        return false;
    if (auto* box = qobject_cast<const QGroupBox*>(w))
        return box->isCheckable();
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w)
        || qobject_cast<const QTabBar*>(w);
}

// The controls a person meets in root: visible, and not a part of another control (the line
// edit inside a spin box or combo box, a tab bar's scroll arrows, the toolbar's overflow).
inline QList<QWidget*> controls(QWidget* root)
{
    QList<QWidget*> out;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!isControl(w) || !w->isVisibleTo(root->window()) || !w->isVisible())
            continue;
        if (QByteArray(w->metaObject()->className()) == "QToolBarExtension")
            continue;
        bool part = false;
        for (QWidget* p = w->parentWidget(); p && p != root->window(); p = p->parentWidget())
            part = part || (isControl(p) && !qobject_cast<QGroupBox*>(p));
        if (!part)
            out << w;
    }
    return out;
}

inline QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

inline QString describe(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        path.prepend(QString::fromLatin1(p->metaObject()->className())
                     + (name.isEmpty() ? QString() : QLatin1Char('#') + name));
        if (p->isWindow() || path.size() == 3) // enough to find it; QTest cuts long messages
            break;
    }
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else if (auto* e = qobject_cast<const QLineEdit*>(w))
        text = e->placeholderText();
    else if (auto* p = qobject_cast<const QPlainTextEdit*>(w))
        text = p->placeholderText();
    return path.join(QLatin1String(" > ")) + (text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text))
        + (w->toolTip().isEmpty() ? QString() : QStringLiteral(" tooltip \"%1\"").arg(w->toolTip()));
}

// Shows every area of window and every tab of every tab widget in it, calling visit each time
// with the area's id (and tab) and its page.
inline void forEachView(MainWindow& window, const std::function<void(const QString&, QWidget*)>& visit)
{
    const QStringList areas = window.areas();
    for (const QString& id : areas) {
        window.showArea(id);
        QWidget* page = window.area(id);
        visit(id, page);
        const QList<QTabWidget*> tabs = page->findChildren<QTabWidget*>();
        for (QTabWidget* tab : tabs) {
            if (!tab->isVisible())
                continue;
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                visit(id + QLatin1Char('/') + tab->tabText(i).remove(QLatin1Char('&')), page);
            }
            tab->setCurrentIndex(0);
        }
    }
}

} // namespace cpd::test
