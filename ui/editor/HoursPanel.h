#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace cpd {

// Hours, participatory hours (never more than hours) and GP credits (by default the same as hours).
class HoursPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HoursPanel(QWidget* parent = nullptr);

    void setValues(double hours, double participatory, std::optional<double> credits);
    double hours() const;
    double participatoryHours() const;
    std::optional<double> credits() const; // empty when credits follow hours
    // The controls in the order Tab visits them (the owning editor chains them into its order).
    QList<QWidget*> tabChain() const;

    QDoubleSpinBox* hoursBox() const { return m_hours; }
    QDoubleSpinBox* participatoryBox() const { return m_participatory; }
    QDoubleSpinBox* creditsBox() const { return m_credits; }
    QCheckBox* creditsFollowHoursBox() const { return m_sameAsHours; }

signals:
    void edited(const QString& field);

private:
    void updateLimits();

    QDoubleSpinBox* m_hours;
    QDoubleSpinBox* m_participatory;
    QDoubleSpinBox* m_credits;
    QCheckBox* m_sameAsHours;
};

} // namespace cpd
