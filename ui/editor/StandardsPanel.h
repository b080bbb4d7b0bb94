#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace cpd {

// Which themes of the NMC Code and which GMP domains (for GPs) an entry speaks to.
class StandardsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StandardsPanel(QWidget* parent = nullptr);

    QStringList codeThemes() const;
    QStringList gmpDomains() const;
    // The check boxes in reading order (Code themes, then GMP domains), as Tab visits them.
    QList<QWidget*> tabChain() const;
    void setCodeThemes(const QStringList& ids);
    void setGmpDomains(const QStringList& ids);
    QCheckBox* codeThemeBox(const QString& id) const { return m_codeThemes.value(id); }

signals:
    void edited(const QString& field);

private:
    QHash<QString, QCheckBox*> m_codeThemes;
    QHash<QString, QCheckBox*> m_gmpDomains;
    QStringList m_codeOrder;
    QStringList m_gmpOrder;
};

} // namespace cpd
