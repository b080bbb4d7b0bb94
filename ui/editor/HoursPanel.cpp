#include "editor/HoursPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace cpd {
namespace {

QDoubleSpinBox* hoursSpinBox(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 10000);
    box->setDecimals(2);
    box->setSingleStep(0.25);
    box->setSuffix(HoursPanel::tr(" h"));
    box->setAccessibleName(accessibleName);
    box->setKeyboardTracking(true);
    return box;
}

} // namespace

HoursPanel::HoursPanel(QWidget* parent) : QWidget(parent)
{
    m_hours = hoursSpinBox(this, tr("Hours"));
    m_participatory = hoursSpinBox(this, tr("Participatory hours"));
    m_participatory->setToolTip(tr("Time spent learning with other people: never more than the hours."));
    m_credits = hoursSpinBox(this, tr("Credits"));
    m_credits->setSuffix(QString());
    m_credits->setToolTip(tr("GP appraisal credits; by default one credit an hour."));
    m_sameAsHours = new QCheckBox(tr("Same as hours"), this);
    m_sameAsHours->setAccessibleName(tr("Credits are the same as hours"));
    m_sameAsHours->setChecked(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* hoursLabel = new QLabel(tr("&Hours"), this);
    hoursLabel->setBuddy(m_hours);
    auto* partLabel = new QLabel(tr("&Participatory"), this);
    partLabel->setBuddy(m_participatory);
    auto* creditsLabel = new QLabel(tr("C&redits"), this);
    creditsLabel->setBuddy(m_credits);
    grid->addWidget(hoursLabel, 0, 0);
    grid->addWidget(m_hours, 1, 0);
    grid->addWidget(partLabel, 0, 1);
    grid->addWidget(m_participatory, 1, 1);
    grid->addWidget(creditsLabel, 0, 2);
    auto* creditsRow = new QHBoxLayout;
    creditsRow->addWidget(m_credits);
    creditsRow->addWidget(m_sameAsHours);
    grid->addLayout(creditsRow, 1, 2);
    grid->setColumnStretch(3, 1);

    connect(m_hours, &QDoubleSpinBox::valueChanged, this, [this] {
        updateLimits();
        emit edited(QStringLiteral("hours"));
    });
    connect(m_participatory, &QDoubleSpinBox::valueChanged, this,
            [this] { emit edited(QStringLiteral("participatory")); });
    connect(m_credits, &QDoubleSpinBox::valueChanged, this, [this] { emit edited(QStringLiteral("credits")); });
    connect(m_sameAsHours, &QCheckBox::toggled, this, [this] {
        updateLimits();
        emit edited(QString());
    });
    updateLimits();
}

QList<QWidget*> HoursPanel::tabChain() const
{
    return {m_hours, m_participatory, m_credits, m_sameAsHours};
}

void HoursPanel::updateLimits()
{
    const QSignalBlocker b1(m_participatory);
    const QSignalBlocker b2(m_credits);
    // Participatory hours cannot exceed hours: the box will not go past them.
    m_participatory->setMaximum(m_hours->value());
    m_credits->setEnabled(!m_sameAsHours->isChecked());
    if (m_sameAsHours->isChecked())
        m_credits->setValue(m_hours->value());
}

void HoursPanel::setValues(double hours, double participatory, std::optional<double> credits)
{
    const QSignalBlocker b0(m_hours);
    const QSignalBlocker b1(m_participatory);
    const QSignalBlocker b2(m_credits);
    const QSignalBlocker b3(m_sameAsHours);
    m_hours->setValue(hours);
    m_participatory->setMaximum(hours);
    m_participatory->setValue(participatory);
    m_sameAsHours->setChecked(!credits.has_value());
    m_credits->setValue(credits.value_or(hours));
    updateLimits();
}

double HoursPanel::hours() const
{
    return m_hours->value();
}

double HoursPanel::participatoryHours() const
{
    return m_participatory->value();
}

std::optional<double> HoursPanel::credits() const
{
    if (m_sameAsHours->isChecked())
        return std::nullopt;
    return m_credits->value();
}

} // namespace cpd
