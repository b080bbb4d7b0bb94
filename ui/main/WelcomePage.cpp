#include "main/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cpd {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    // A fixed width, centred between stretches (not by an alignment flag), lets the layout give
    // the word-wrapped text the height it needs at that width.
    card->setFixedWidth(560);

    auto* title = new QLabel(tr("Welcome to your CPD journal"), card);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setWordWrap(true);
    auto* text = new QLabel(
        tr("Write down what you learn as it happens: a course, a patient case, a piece of feedback. "
           "Reflect on it with the NMC form or a model you like, and it is ready for revalidation or "
           "appraisal when you need it.\n\nYour journal stays on this computer."),
        card);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("welcomeText"));

    m_write = new QPushButton(tr("Write your first entry"), card);
    m_write->setObjectName(QStringLiteral("primary"));
    m_write->setAccessibleName(tr("Write your first entry"));
    m_write->setDefault(true);
    m_sample = new QPushButton(tr("Open a sample journal"), card);
    m_sample->setAccessibleName(tr("Open a sample journal"));
    m_sample->setToolTip(tr("Opens a separate journal of made-up entries to try things out. "
                            "Your own journal is not touched."));
    auto* sampleNote = new QLabel(tr("The sample journal is a separate file: nothing from it is "
                                     "mixed into your own journal."),
                                  card);
    sampleNote->setObjectName(QStringLiteral("hint"));
    sampleNote->setWordWrap(true);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(36, 32, 36, 32);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(title);
    cardLayout->addWidget(text);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_write);
    cardLayout->addWidget(m_sample);
    cardLayout->addWidget(sampleNote);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_write, &QPushButton::clicked, this, &WelcomePage::writeFirstEntryRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSampleRequested);
}

} // namespace cpd
