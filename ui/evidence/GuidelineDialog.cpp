#include "evidence/GuidelineDialog.h"

#include "evidence/PageMetadata.h"
#include "evidence/PageMetadataFetcher.h"
#include "spelling/SpellCheckController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpd {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

GuidelineDialog::GuidelineDialog(QNetworkAccessManager& network, const HttpFetcher::Options& fetchOptions, QWidget* parent)
    : QDialog(parent), m_fetcher(new PageMetadataFetcher(network, fetchOptions, this))
{
    setWindowTitle(tr("Guideline"));
    setObjectName(QStringLiteral("GuidelineDialog"));

    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Web address of the guideline"));
    m_url->setPlaceholderText(tr("https://www.nice.org.uk/guidance/…"));
    m_fetch = new QPushButton(tr("&Fetch details"), this);
    m_fetch->setAccessibleName(tr("Fetch the title, publisher and dates from the web address"));
    m_fetch->setAutoDefault(false);
    m_cancelFetch = new QPushButton(tr("Cancel fetch"), this);
    m_cancelFetch->setAccessibleName(tr("Stop fetching the details"));
    m_cancelFetch->setAutoDefault(false);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Fetching the details"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Fetch result"));
    m_message->hide();

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_fetch);
    urlRow->addWidget(m_busy);
    urlRow->addWidget(m_cancelFetch);

    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_publisher = new QLineEdit(this);
    m_publisher->setAccessibleName(tr("Publisher"));
    m_publisher->setPlaceholderText(tr("NICE, SIGN, RCGP, a local trust…"));
    m_identifier = new QLineEdit(this);
    m_identifier->setAccessibleName(tr("Identifier"));
    m_identifier->setPlaceholderText(tr("e.g. NG136"));
    m_published = new QLineEdit(this);
    m_published->setAccessibleName(tr("Date published"));
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_updated = new QLineEdit(this);
    m_updated->setAccessibleName(tr("Date last updated"));
    m_updated->setPlaceholderText(tr("YYYY-MM-DD"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    auto* spelling = new SpellCheckController(this);
    spelling->setEnabled(SpellCheckController::storedEnabled());
    spelling->watch(m_notes);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), urlRow);
    form->addRow(QString(), m_message);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(tr("Pu&blished:"), m_published);
    form->addRow(tr("&Updated:"), m_updated);
    form->addRow(tr("&Notes:"), m_notes);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(urlRow)))
        label->setBuddy(m_url);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the guideline"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(620, 440);

    connect(m_fetch, &QPushButton::clicked, this, &GuidelineDialog::fetch);
    connect(m_cancelFetch, &QPushButton::clicked, this, &GuidelineDialog::cancelFetch);
    connect(m_url, &QLineEdit::returnPressed, this, &GuidelineDialog::fetch);
    connect(m_url, &QLineEdit::textChanged, this, &GuidelineDialog::updateButtons);
    connect(m_title, &QLineEdit::textChanged, this, &GuidelineDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GuidelineDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GuidelineDialog::reject);
    setBusy(false);
}

GuidelineDialog::~GuidelineDialog()
{
    m_fetcher->cancel();
}

void GuidelineDialog::setGuideline(const Guideline& guideline)
{
    m_original = guideline;
    m_url->setText(guideline.url);
    m_title->setText(guideline.title);
    m_publisher->setText(guideline.publisher);
    m_identifier->setText(guideline.identifier);
    m_published->setText(isoDate(guideline.published));
    m_updated->setText(isoDate(guideline.updated));
    m_notes->setPlainText(guideline.notes);
    setWindowTitle(guideline.id.isEmpty() ? tr("Add a guideline") : tr("Edit guideline"));
    updateButtons();
}

Guideline GuidelineDialog::guideline() const
{
    Guideline g = m_original;
    g.url = m_url->text().trimmed();
    g.title = m_title->text().trimmed();
    g.publisher = m_publisher->text().trimmed();
    g.identifier = m_identifier->text().trimmed();
    g.published = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
    g.updated = QDate::fromString(m_updated->text().trimmed(), Qt::ISODate);
    g.notes = m_notes->toPlainText().trimmed();
    return g;
}

bool GuidelineDialog::isFetching() const
{
    return m_fetcher->isRunning();
}

void GuidelineDialog::fetch()
{
    if (isFetching())
        return;
    const QString text = m_url->text().trimmed();
    QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid()) {
        showMessage(tr("Type or paste the guideline's web address first."), true);
        return;
    }
    if (auto ok = HttpFetcher::checkScheme(url); !ok) {
        showMessage(ok.error().message, true);
        return;
    }
    showMessage(tr("Fetching %1…").arg(url.toDisplayString()), false);
    setBusy(true);
    QPointer<GuidelineDialog> self(this);
    m_fetcher->fetch(url, [self](Result<PageMetadata> result) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result) {
            self->showMessage(tr("%1 You can type the details by hand.").arg(result.error().message), true);
            emit self->fetchFinished(false);
            return;
        }
        self->fill(*result);
        emit self->fetchFinished(true);
    });
}

void GuidelineDialog::cancelFetch()
{
    if (!isFetching())
        return;
    m_fetcher->cancel();
    setBusy(false);
    showMessage(tr("Fetch cancelled. You can type the details by hand."), false);
}

void GuidelineDialog::fill(const PageMetadata& md)
{
    const QUrl best = md.canonicalUrl.isValid() && !md.canonicalUrl.isEmpty() ? md.canonicalUrl : md.finalUrl;
    if (best.isValid() && !best.isEmpty())
        m_url->setText(best.toString());
    if (!md.title.isEmpty())
        m_title->setText(md.title);
    const QString publisher = !md.publisher.isEmpty() ? md.publisher : md.siteName;
    if (!publisher.isEmpty())
        m_publisher->setText(publisher);
    QString identifier = md.identifier;
    if (identifier.isEmpty())
        identifier = Guideline::identifierFromUrl(best);
    if (!identifier.isEmpty())
        m_identifier->setText(identifier);
    if (md.published.isValid())
        m_published->setText(isoDate(md.published));
    if (md.updated.isValid())
        m_updated->setText(isoDate(md.updated));
    if (m_notes->toPlainText().trimmed().isEmpty() && !md.description.isEmpty())
        m_notes->setPlainText(md.description);

    QString note;
    if (!md.contentType.isEmpty() && !md.contentType.contains(QLatin1String("html")))
        note = tr("This address is not a web page (%1): the title comes from its file name. Check the details.")
                   .arg(md.contentType);
    else if (md.truncated)
        note = tr("The page was very long; only its start was read. Check the details.");
    else
        note = tr("Details fetched. Check them before saving.");
    showMessage(note, false);
}

void GuidelineDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancelFetch->setVisible(busy);
    m_cancelFetch->setEnabled(busy);
    m_url->setReadOnly(busy);
    updateButtons();
    if (!busy && m_cancelFetch->hasFocus())
        m_fetch->setFocus();
}

void GuidelineDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setObjectName(error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void GuidelineDialog::updateButtons()
{
    m_fetch->setEnabled(!isFetching() && !m_url->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!isFetching() && !m_title->text().trimmed().isEmpty());
}

void GuidelineDialog::accept()
{
    if (isFetching() || m_title->text().trimmed().isEmpty())
        return;
    for (QLineEdit* field : {m_published, m_updated}) {
        const QString text = field->text().trimmed();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
            showMessage(tr("“%1” is not a date: write it as YYYY-MM-DD, or leave it empty.").arg(text), true);
            field->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void GuidelineDialog::done(int result)
{
    cancelFetch();
    QDialog::done(result);
}

} // namespace cpd
