#include "team/TeamMemberDialog.h"

#include "common/MessageBox.h"
#include "journal/ReflectionTemplates.h"
#include "team/TeamDashboard.h"
#include "team/TeamStore.h"
#include "topics/TopicCatalogue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpd {
namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString dateTime(const QDateTime& d)
{
    return QLocale().toString(d.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TeamMemberDialog::TeamMemberDialog(const TeamSummary& summary, TeamStore& store,
                                   const TopicCatalogue& catalogue, const QString& signer,
                                   QWidget* parent)
    : QDialog(parent), m_summary(summary), m_store(store)
{
    setWindowTitle(tr("%1: team summary").arg(summary.name));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("%1, %2, registration %3. Summary %4 made %5; %n entry(s) in all.", nullptr,
                      summary.totalEntries)
                       .arg(summary.name, summary.role,
                            summary.registration.isEmpty() ? tr("none") : summary.registration)
                       .arg(summary.sequence)
                       .arg(dateTime(summary.generatedAt)),
                   this);
    heading->setTextFormat(Qt::PlainText); // names are shown as they are, never as markup
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    heading->setFocusPolicy(Qt::StrongFocus);
    heading->setAccessibleName(tr("Summary details"));
    layout->addWidget(heading);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("memberTabs"));
    tabs->setAccessibleName(tr("Parts of the summary"));
    tabs->addTab(makeRequirementsTab(), tr("&Requirements"));
    tabs->addTab(makeHoursTab(), tr("&Hours by month"));
    tabs->addTab(makeTopicsTab(catalogue), tr("T&opics"));
    tabs->addTab(makeSharedTab(), tr("&Shared entries (%1)").arg(summary.sharedEntries.size()));
    tabs->addTab(makeNotesTab(signer), tr("&Notes and sign-off"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

QWidget* TeamMemberDialog::makeRequirementsTab()
{
    m_requirements =
        makeTable({tr("Standard"), tr("Requirement"), tr("Done"), tr("Status"), tr("Still needed")},
                  tr("Requirements"), this);
    m_requirements->setObjectName(QStringLiteral("requirementsTable"));
    for (const TeamSummary::StandardProgress& sp : std::as_const(m_summary.standards)) {
        for (const TeamSummary::Requirement& r : sp.requirements) {
            addRow(m_requirements,
                   {tr("%1, due %2")
                        .arg(sp.id.toUpper(),
                             QLocale().toString(sp.applicationDate, QLocale::ShortFormat)),
                    r.label, tr("%1 of %2 %3").arg(number(r.achieved), number(r.required), r.unit),
                    r.met ? tr("met") : tr("not met"), r.missing});
        }
    }
    m_requirements->resizeColumnsToContents();
    return m_requirements;
}

QWidget* TeamMemberDialog::makeHoursTab()
{
    auto* table =
        makeTable({tr("Month"), tr("Participatory hours"), tr("Other hours"), tr("Total")},
                  tr("Hours by month"), this);
    table->setObjectName(QStringLiteral("hoursTable"));
    for (const TeamSummary::Month& m : std::as_const(m_summary.hoursByMonth))
        addRow(table,
               {QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), number(m.participatory),
                number(m.other), number(m.participatory + m.other)});
    table->resizeColumnsToContents();
    return table;
}

QWidget* TeamMemberDialog::makeTopicsTab(const TopicCatalogue& catalogue)
{
    auto* table = makeTable({tr("Topic"), tr("Entries"), tr("Hours")}, tr("Topics covered"), this);
    table->setObjectName(QStringLiteral("topicsTable"));
    for (const TeamSummary::TopicCount& t : std::as_const(m_summary.topics)) {
        const Topic* topic = catalogue.find(t.id);
        addRow(table, {topic ? topic->title : t.id, QString::number(t.entries), number(t.hours)});
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget* TeamMemberDialog::makeSharedTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_shared = new QListWidget(splitter);
    m_shared->setObjectName(QStringLiteral("sharedEntries"));
    m_shared->setAccessibleName(tr("Entries shared by %1").arg(m_summary.name));
    m_shared->setAccessibleDescription(tr("Only the entries the member chose to share are here"));
    for (const QJsonValue& v : std::as_const(m_summary.sharedEntries)) {
        const QJsonObject e = v.toObject();
        m_shared->addItem(tr("%1  %2").arg(e.value(QStringLiteral("date")).toString(),
                                           e.value(QStringLiteral("title")).toString()));
    }
    m_sharedView = new QTextBrowser(splitter);
    m_sharedView->setObjectName(QStringLiteral("sharedEntryView"));
    m_sharedView->setAccessibleName(tr("Shared entry"));
    m_sharedView->setPlaceholderText(m_summary.sharedEntries.isEmpty()
                                         ? tr("%1 shared no entries.").arg(m_summary.name)
                                         : tr("Choose an entry to read it."));
    connect(m_shared, &QListWidget::currentRowChanged, this, &TeamMemberDialog::showShared);
    splitter->setStretchFactor(1, 2);
    if (m_shared->count() > 0)
        m_shared->setCurrentRow(0);
    return splitter;
}

void TeamMemberDialog::showShared(int row)
{
    if (row < 0 || row >= m_summary.sharedEntries.size())
        return m_sharedView->clear();
    const QJsonObject e = m_summary.sharedEntries.at(row).toObject();
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(e.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                            tr("%1 · %2 hours · %3")
                                .arg(e.value(QStringLiteral("date")).toString(),
                                     number(e.value(QStringLiteral("hours")).toDouble()),
                                     e.value(QStringLiteral("activity")).toString())
                                .toHtmlEscaped());
    const QJsonObject reflection = e.value(QStringLiteral("reflection")).toObject();
    const QString templateId = e.value(QStringLiteral("template")).toString();
    QStringList keys = ReflectionTemplates::isKnown(templateId)
                           ? ReflectionTemplates::fieldKeys(templateId)
                           : QStringList();
    for (const QString& k : reflection.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    const ReflectionTemplates::Template tmpl = ReflectionTemplates::byId(templateId);
    for (const QString& k : std::as_const(keys)) {
        const QString text = reflection.value(k).toString();
        if (text.isEmpty())
            continue;
        QString question = k;
        for (const ReflectionTemplates::Field& f : tmpl.fields) {
            if (f.key == k)
                question = f.question;
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(question.toHtmlEscaped(),
                         text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_sharedView->setHtml(html);
}

QWidget* TeamMemberDialog::makeNotesTab(const QString& signer)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* notesLabel =
        new QLabel(tr("Your no&tes on %1 (kept in your journal only):").arg(m_summary.name), page);
    m_notes = new QListWidget(page);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    notesLabel->setBuddy(m_notes);
    m_noteEdit = new QPlainTextEdit(page);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(80);
    auto* addNoteButton = new QPushButton(tr("&Add note"), page);
    addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    addNoteButton->setAccessibleName(tr("Add note"));
    connect(addNoteButton, &QPushButton::clicked, this, [this] {
        if (addNote(m_noteEdit->toPlainText()))
            m_noteEdit->clear();
    });
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteEdit);
    layout->addWidget(addNoteButton, 0, Qt::AlignRight);

    auto* signOffLabel = new QLabel(tr("Si&gn-offs:"), page);
    m_signOffs = new QListWidget(page);
    m_signOffs->setObjectName(QStringLiteral("signOffList"));
    m_signOffs->setAccessibleName(tr("Sign-offs"));
    m_signOffs->setWordWrap(true);
    signOffLabel->setBuddy(m_signOffs);
    auto* form = new QFormLayout;
    m_signer = new QLineEdit(signer, page);
    m_signer->setObjectName(QStringLiteral("signerEdit"));
    m_signer->setAccessibleName(tr("Signed by"));
    m_comment = new QLineEdit(page);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setAccessibleName(tr("Sign-off comment"));
    form->addRow(tr("Signed &by:"), m_signer);
    form->addRow(tr("Co&mment:"), m_comment);
    auto* signButton = new QPushButton(tr("Sign o&ff this summary"), page);
    signButton->setObjectName(QStringLiteral("signOffButton"));
    signButton->setAccessibleName(tr("Sign off this summary"));
    signButton->setAccessibleDescription(
        tr("Records that you reviewed summary %1").arg(m_summary.sequence));
    connect(signButton, &QPushButton::clicked, this, [this] {
        if (signOff(m_signer->text(), m_comment->text()))
            m_comment->clear();
    });
    layout->addWidget(signOffLabel);
    layout->addWidget(m_signOffs, 1);
    layout->addLayout(form);
    layout->addWidget(signButton, 0, Qt::AlignRight);
    reloadNotes();
    return page;
}

void TeamMemberDialog::reloadNotes()
{
    m_notes->clear();
    m_signOffs->clear();
    if (auto notes = m_store.notes(m_summary.memberId)) {
        for (const TeamStore::Note& n : std::as_const(*notes))
            m_notes->addItem(tr("%1: %2").arg(dateTime(n.created), n.text));
    } else {
        m_notes->addItem(tr("Could not read the notes: %1").arg(notes.error().message));
    }
    if (auto signOffs = m_store.signOffs(m_summary.memberId)) {
        for (const TeamStore::SignOff& s : std::as_const(*signOffs)) {
            QString line = tr("Signed off by %1 on %2 (summary %3)")
                               .arg(s.signedBy, dateTime(s.signedAt))
                               .arg(s.summarySequence);
            if (!s.comment.isEmpty())
                line += tr(": %1").arg(s.comment);
            m_signOffs->addItem(line);
        }
        if (signOffs->isEmpty())
            m_signOffs->addItem(tr("Not signed off yet."));
    } else {
        m_signOffs->addItem(tr("Could not read the sign-offs: %1").arg(signOffs.error().message));
    }
}

bool TeamMemberDialog::addNote(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Add note"), tr("Write the note first."));
        return false;
    }
    if (auto note = m_store.addNote(m_summary.memberId, text.trimmed()); !note) {
        MessageBox::critical(this, tr("Add note"),
                             tr("The note was not saved: %1").arg(note.error().message));
        return false;
    }
    reloadNotes();
    emit changed();
    return true;
}

bool TeamMemberDialog::signOff(const QString& signedBy, const QString& comment)
{
    if (signedBy.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Sign off"), tr("Say who is signing off (your name) first."));
        return false;
    }
    if (auto s = m_store.signOff(m_summary.memberId, signedBy.trimmed(), comment.trimmed()); !s) {
        MessageBox::critical(this, tr("Sign off"),
                             tr("The sign-off was not saved: %1").arg(s.error().message));
        return false;
    }
    reloadNotes();
    emit changed();
    return true;
}

} // namespace cpd
