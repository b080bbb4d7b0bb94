#include "journal/JournalFilterBar.h"

#include "journal/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace cpd {
namespace {

// The earliest date stands for "no limit" and shows as "Any".
const QDate kNoDate(2000, 1, 1);

// Tab moves between a date's sections (day, month, year) before it leaves the field; while the
// field shows "Any" there are no sections and Tab would never leave it: a keyboard trap.
class AnyDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (date() == minimumDate() && !specialValueText().isEmpty())
            return QWidget::focusNextPrevChild(next);
        return QDateEdit::focusNextPrevChild(next);
    }
};

QDateEdit* dateFilter(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new AnyDateEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(JournalFilterBar::tr("Any"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

JournalFilterBar::JournalFilterBar(QWidget* parent) : QWidget(parent)
{
    m_from = dateFilter(this, tr("From date"));
    m_to = dateFilter(this, tr("To date"));
    m_activity = new QComboBox(this);
    m_activity->setAccessibleName(tr("Activity filter"));
    m_activity->addItem(tr("All activities"), QString());
    const auto activities = Vocabulary::activities();
    for (const Vocabulary::Term& t : activities)
        m_activity->addItem(t.label, t.id);
    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->addItem(tr("All tags"), QString());
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    const auto statuses = Vocabulary::statuses();
    for (const Vocabulary::Term& t : statuses)
        m_status->addItem(t.label, t.id);
    m_topic = new QComboBox(this);
    m_topic->setAccessibleName(tr("All Our Health topic filter"));
    fillTopics(QString());
    m_topicLevel = new QComboBox(this);
    m_topicLevel->setAccessibleName(tr("Level of action filter"));
    m_topicLevel->addItem(tr("Any level"), QString());
    const auto levels = Vocabulary::topicLevels();
    for (const Vocabulary::Term& t : levels)
        m_topicLevel->addItem(t.label, t.id);
    // Long labels (“Audit or quality improvement”) must not widen the whole window.
    for (QComboBox* box : {m_activity, m_tag, m_status, m_topic, m_topicLevel}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the filters"));

    // Two rows, so the list pane stays narrow enough to leave the editor room.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_activity, 3);
    kinds->addWidget(m_tag, 2);
    kinds->addWidget(m_status, 2);
    auto* dates = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from, 1);
    dates->addWidget(toLabel);
    dates->addWidget(m_to, 1);
    dates->addStretch(1);
    dates->addWidget(m_clear);
    auto* topics = new QHBoxLayout;
    auto* topicLabel = new QLabel(tr("Topic"), this);
    topicLabel->setBuddy(m_topic);
    topics->addWidget(topicLabel);
    topics->addWidget(m_topic, 3);
    topics->addWidget(m_topicLevel, 2);
    layout->addLayout(kinds, 0, 0);
    layout->addLayout(topics, 1, 0);
    layout->addLayout(dates, 2, 0);

    connect(m_from, &QDateEdit::dateChanged, this, &JournalFilterBar::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalFilterBar::filterChanged);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
    connect(m_topicLevel, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filterChanged);
    connect(m_clear, &QToolButton::clicked, this, &JournalFilterBar::clear);
}

EntryFilter JournalFilterBar::filter() const
{
    EntryFilter f;
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    f.activity = m_activity->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.status = m_status->currentData().toString();
    f.topicId = m_topic->currentData().toString();
    f.topicLevel = m_topicLevel->currentData().toString();
    return f;
}

void JournalFilterBar::fillTopics(const QString& keep)
{
    const QSignalBlocker blocker(m_topic);
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QString());
    for (const Topic& t : m_catalogue.suggestable())
        m_topic->addItem(t.shortTitle(), t.id);
    int at = m_topic->findData(keep);
    if (at < 0 && !keep.isEmpty()) {
        // A withdrawn or unknown topic, asked for from the Topics area: offer it too.
        const Topic* t = m_catalogue.find(keep);
        m_topic->addItem(t ? t->shortTitle() : tr("Unknown topic (%1)").arg(keep), keep);
        at = m_topic->count() - 1;
    }
    m_topic->setCurrentIndex(qMax(0, at));
}

void JournalFilterBar::setTopicCatalogue(const TopicCatalogue& catalogue)
{
    m_catalogue = catalogue;
    fillTopics(m_topic->currentData().toString());
}

void JournalFilterBar::setDateFilter(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() && date > kNoDate ? date : kNoDate);
}

void JournalFilterBar::setFilter(const EntryFilter& f)
{
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        const QSignalBlocker b3(m_activity);
        const QSignalBlocker b4(m_tag);
        const QSignalBlocker b5(m_status);
        const QSignalBlocker b6(m_topicLevel);
        setDateFilter(m_from, f.from);
        setDateFilter(m_to, f.to);
        m_activity->setCurrentIndex(qMax(0, m_activity->findData(f.activity)));
        m_tag->setCurrentIndex(qMax(0, m_tag->findData(f.tag)));
        m_status->setCurrentIndex(qMax(0, m_status->findData(f.status)));
        fillTopics(f.topicId);
        m_topicLevel->setCurrentIndex(qMax(0, m_topicLevel->findData(f.topicLevel)));
    }
    emit filterChanged();
}

void JournalFilterBar::setTags(const QStringList& tags)
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& t : tags)
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void JournalFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        const QSignalBlocker b3(m_activity);
        const QSignalBlocker b4(m_tag);
        const QSignalBlocker b5(m_status);
        const QSignalBlocker b6(m_topic);
        const QSignalBlocker b7(m_topicLevel);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_activity->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_topic->setCurrentIndex(0);
        m_topicLevel->setCurrentIndex(0);
    }
    emit filterChanged();
}

} // namespace cpd
