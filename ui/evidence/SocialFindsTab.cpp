#include "evidence/SocialFindsTab.h"

#include "common/MessageBox.h"
#include "evidence/EvidenceViews.h"
#include "evidence/ImportRunner.h"
#include "evidence/SocialFindModel.h"
#include "evidence/SocialFindRepository.h"
#include "importers/BookmarksImporter.h"
#include "importers/MastodonArchiveImporter.h"
#include "importers/TwitterArchiveImporter.h"
#include "main/JournalSession.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace cpd {

SocialFindsTab::SocialFindsTab(JournalSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_capture = new QLineEdit(this);
    m_capture->setAccessibleName(tr("Paste a web address or the text of a post"));
    m_capture->setPlaceholderText(tr("Paste a link or a post's text, then press Enter"));
    m_captureButton = new QPushButton(tr("&Capture"), this);
    m_captureButton->setAccessibleName(tr("Keep the pasted link or text as a find"));
    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(new QLabel(tr("&Quick capture:"), this));
    qobject_cast<QLabel*>(captureRow->itemAt(0)->widget())->setBuddy(m_capture);
    captureRow->addWidget(m_capture, 1);
    captureRow->addWidget(m_captureButton);

    m_model = new SocialFindModel(this);
    m_view = evidence::makeTable(this, tr("Social-media finds"), SocialFindModel::ExcerptColumn);
    m_view->setModel(m_model);
    evidence::stretch(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));

    m_importTwitter = new QPushButton(tr("Import &X/Twitter archive…"), this);
    m_importTwitter->setAccessibleName(tr("Import posts and likes from an X or Twitter archive zip"));
    m_importMastodon = new QPushButton(tr("Import &Mastodon archive…"), this);
    m_importMastodon->setAccessibleName(tr("Import posts and boosts from a Mastodon archive zip or outbox.json"));
    m_importBookmarks = new QPushButton(tr("Import &bookmarks…"), this);
    m_importBookmarks->setAccessibleName(tr("Import a browser's bookmarks HTML file"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setAccessibleName(tr("Delete the selected find"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importTwitter);
    buttons->addWidget(m_importMastodon);
    buttons->addWidget(m_importBookmarks);
    buttons->addStretch();
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(captureRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_runner = new ImportRunner(session.path(), this);
    connect(m_runner, &ImportRunner::finished, this, &SocialFindsTab::onImportFinished);
    connect(m_capture, &QLineEdit::returnPressed, this, [this] { capture(m_capture->text()); });
    connect(m_captureButton, &QPushButton::clicked, this, [this] { capture(m_capture->text()); });
    connect(m_capture, &QLineEdit::textChanged, this, &SocialFindsTab::updateButtons);
    connect(m_importTwitter, &QPushButton::clicked, this, [this] { chooseAndImport(Source::TwitterArchive); });
    connect(m_importMastodon, &QPushButton::clicked, this, [this] { chooseAndImport(Source::MastodonArchive); });
    connect(m_importBookmarks, &QPushButton::clicked, this, [this] { chooseAndImport(Source::Bookmarks); });
    connect(m_remove, &QPushButton::clicked, this, &SocialFindsTab::removeSelected);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const SocialFind* f = m_model->at(index.row()); f && !f->url.isEmpty())
            QDesktopServices::openUrl(QUrl(f->url));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SocialFindsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SocialFindsTab::updateButtons);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SocialFindsTab::removeSelected);
    reload();
}

void SocialFindsTab::reload()
{
    SocialFindRepository repo(m_session.database(), m_session.clock());
    auto all = repo.list();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_model->setFinds(*all);
    m_summary->setText(all->isEmpty()
                           ? tr("No finds yet. Paste a link above, or import an archive of your posts.")
                           : tr("%n find(s).", nullptr, int(all->size())));
    updateButtons();
}

bool SocialFindsTab::capture(const QString& pasted)
{
    if (pasted.trimmed().isEmpty())
        return false;
    SocialFind find = SocialFind::capture(pasted.trimmed());
    auto added = SocialFindRepository(m_session.database(), m_session.clock()).add(find);
    if (!added) {
        MessageBox::warning(this, tr("Not captured"), added.error().message);
        return false;
    }
    m_capture->clear();
    reload();
    emit findsChanged();
    emit statusMessage(tr("Captured the find."));
    return true;
}

void SocialFindsTab::chooseAndImport(Source source)
{
    QString title;
    QString filter;
    switch (source) {
    case Source::TwitterArchive:
        title = tr("Import an X/Twitter archive");
        filter = tr("X/Twitter archive (*.zip)");
        break;
    case Source::MastodonArchive:
        title = tr("Import a Mastodon archive");
        filter = tr("Mastodon archive (*.zip outbox.json *.json)");
        break;
    case Source::Bookmarks:
        title = tr("Import bookmarks");
        filter = tr("Bookmarks (*.html *.htm)");
        break;
    }
    const QString path = QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
    if (!path.isEmpty())
        startImport(source, path);
}

bool SocialFindsTab::startImport(Source source, const QString& path)
{
    if (m_runner->isRunning())
        return false;
    const Clock& clock = m_session.clock();
    ImportRunner::Work work;
    QString title;
    switch (source) {
    case Source::TwitterArchive:
        title = tr("Importing an X/Twitter archive");
        work = [&clock, path](Database& db, const ImportProgress& progress) {
            return TwitterArchiveImporter::import(db, clock, path, {}, progress);
        };
        break;
    case Source::MastodonArchive:
        title = tr("Importing a Mastodon archive");
        work = [&clock, path](Database& db, const ImportProgress& progress) {
            return MastodonArchiveImporter::import(db, clock, path, {}, progress);
        };
        break;
    case Source::Bookmarks:
        title = tr("Importing bookmarks");
        work = [&clock, path](Database& db, const ImportProgress& progress) {
            return BookmarksImporter::import(db, clock, path, {}, progress);
        };
        break;
    }
    for (QPushButton* b : {m_importTwitter, m_importMastodon, m_importBookmarks})
        b->setEnabled(false);
    return m_runner->start(title, std::move(work));
}

void SocialFindsTab::onImportFinished(const ImportSummary& summary, const QString& error, bool cancelled)
{
    for (QPushButton* b : {m_importTwitter, m_importMastodon, m_importBookmarks})
        b->setEnabled(true);
    if (!error.isEmpty() && cancelled) {
        emit statusMessage(tr("Import cancelled; nothing was imported."));
    } else if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Import failed"), tr("%1\n\nNothing was imported.").arg(error));
    } else {
        reload();
        emit findsChanged();
        QString text = tr("Imported: %1\nAlready in the journal: %2\nSkipped: %3\nErrors: %4")
                           .arg(QLocale().toString(summary.imported), QLocale().toString(summary.duplicates),
                                QLocale().toString(summary.skipped), QLocale().toString(summary.errors));
        if (!summary.messages.isEmpty()) {
            const QStringList first = summary.messages.mid(0, 10);
            text += QStringLiteral("\n\n") + first.join(QLatin1Char('\n'));
            if (summary.messages.size() > first.size())
                text += QLatin1Char('\n') + tr("…and %n more.", nullptr, int(summary.messages.size() - first.size()));
        }
        MessageBox::information(this, tr("Import finished"), text);
        emit statusMessage(tr("Imported %n find(s).", nullptr, summary.imported));
    }
    emit importFinished(summary, error, cancelled);
}

bool SocialFindsTab::removeSelected()
{
    const SocialFind* f = m_model->at(evidence::currentRow(m_view));
    if (!f)
        return false;
    if (MessageBox::question(this, tr("Delete find?"), tr("Delete this find? Entries keep their links to its address."))
        != QMessageBox::Yes)
        return false;
    if (auto ok = SocialFindRepository(m_session.database(), m_session.clock()).remove(f->id); !ok) {
        MessageBox::warning(this, tr("Find not deleted"), ok.error().message);
        return false;
    }
    reload();
    emit findsChanged();
    return true;
}

void SocialFindsTab::updateButtons()
{
    m_captureButton->setEnabled(!m_capture->text().trimmed().isEmpty());
    m_remove->setEnabled(m_model->at(evidence::currentRow(m_view)) != nullptr);
}

} // namespace cpd
