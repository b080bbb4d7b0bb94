#include "help/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

#include <sodium.h>

// Set by ui/help/Help.cmake from what CMake found (libraries that report no version at run time).
#ifndef CPD_QTKEYCHAIN_VERSION
#define CPD_QTKEYCHAIN_VERSION ""
#endif
#ifndef CPD_QUAZIP_VERSION
#define CPD_QUAZIP_VERSION ""
#endif
#ifndef CPD_HUNSPELL_VERSION
#define CPD_HUNSPELL_VERSION ""
#endif

namespace cpd {

namespace {

QString sqliteVersion()
{
    // The SQLite that Qt's driver, and so the journal, uses.
    const QString name = QStringLiteral("cpd-about-sqlite");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QTextBrowser* textTab(const QString& objectName, const QString& accessibleName)
{
    auto* text = new QTextBrowser;
    text->setObjectName(objectName);
    text->setAccessibleName(accessibleName);
    text->setOpenExternalLinks(true);
    return text;
}

} // namespace

QStringList AboutDialog::libraryVersions()
{
    const auto built = [](const char* name, const char* version) {
        return QCoreApplication::translate("AboutDialog", "%1 %2 (built with)")
            .arg(QLatin1String(name), QLatin1String(version));
    };
    QStringList out;
    out << QStringLiteral("Qt %1").arg(QLatin1String(qVersion()));
    const QString sqlite = sqliteVersion();
    out << (sqlite.isEmpty() ? QCoreApplication::translate("AboutDialog", "SQLite (driver not available)")
                             : QStringLiteral("SQLite %1").arg(sqlite));
    out << QStringLiteral("libsodium %1").arg(QLatin1String(sodium_version_string()));
    if (*CPD_QTKEYCHAIN_VERSION)
        out << built("QtKeychain", CPD_QTKEYCHAIN_VERSION);
    if (*CPD_QUAZIP_VERSION)
        out << built("QuaZip", CPD_QUAZIP_VERSION);
    if (*CPD_HUNSPELL_VERSION)
        out << built("Hunspell", CPD_HUNSPELL_VERSION);
    return out;
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About CPD Journal"));
    resize(620, 520);

    m_text = textTab(QStringLiteral("aboutText"), tr("About CPD Journal"));
    QString html = tr("<h2>CPD Journal %1</h2>"
                      "<p>A reflective CPD journal for nurses, midwives, GPs and other health "
                      "professionals. Your journal stays on this computer.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    html += tr("<p>Free software under the GNU General Public License, version 3 or (at your option) "
               "any later version. There is no warranty.</p>");
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Libraries"));
    const QStringList libraries = libraryVersions();
    for (const QString& library : libraries)
        html += QStringLiteral("<li>%1</li>").arg(library.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_text->setHtml(html);

    auto* licence = textTab(QStringLiteral("licenceText"), tr("Licence"));
    licence->setPlainText(resourceText(QStringLiteral(":/about/LICENSE")));
    auto* notices = textTab(QStringLiteral("noticesText"), tr("Third-party notices"));
    notices->setMarkdown(resourceText(QStringLiteral(":/about/packaging/THIRD-PARTY-NOTICES.md")));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(m_text, tr("&About"));
    tabs->addTab(licence, tr("&Licence"));
    tabs->addTab(notices, tr("&Third-party notices"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
}

} // namespace cpd
