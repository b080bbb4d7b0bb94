#include "editor/StandardsPanel.h"

#include "journal/Vocabulary.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QVBoxLayout>
#include <QSignalBlocker>

namespace cpd {
namespace {

QStringList checked(const QStringList& order, const QHash<QString, QCheckBox*>& boxes)
{
    QStringList out;
    for (const QString& id : order) {
        if (boxes.value(id)->isChecked())
            out << id;
    }
    return out;
}

void setChecked(const QHash<QString, QCheckBox*>& boxes, const QStringList& ids)
{
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(ids.contains(it.key()));
    }
}

} // namespace

StandardsPanel::StandardsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto group = [this, layout](const QString& title, const QList<Vocabulary::Term>& terms,
                                QHash<QString, QCheckBox*>& boxes, QStringList& order) {
        auto* box = new QGroupBox(title, this);
        auto* grid = new QGridLayout(box);
        int i = 0;
        for (const Vocabulary::Term& t : terms) {
            auto* check = new QCheckBox(t.label, box);
            check->setAccessibleName(t.label);
            grid->addWidget(check, i, 0); // one column: the editor pane can be narrow
            boxes.insert(t.id, check);
            order << t.id;
            connect(check, &QCheckBox::toggled, this, [this] { emit edited(QString()); });
            ++i;
        }
        layout->addWidget(box);
    };
    group(tr("NMC Code themes"), Vocabulary::codeThemes(), m_codeThemes, m_codeOrder);
    group(tr("GMP domains (for GP appraisal)"), Vocabulary::gmpDomains(), m_gmpDomains, m_gmpOrder);
}

QList<QWidget*> StandardsPanel::tabChain() const
{
    QList<QWidget*> chain;
    for (const QString& id : m_codeOrder)
        chain << m_codeThemes.value(id);
    for (const QString& id : m_gmpOrder)
        chain << m_gmpDomains.value(id);
    return chain;
}

QStringList StandardsPanel::codeThemes() const
{
    return checked(m_codeOrder, m_codeThemes);
}

QStringList StandardsPanel::gmpDomains() const
{
    return checked(m_gmpOrder, m_gmpDomains);
}

void StandardsPanel::setCodeThemes(const QStringList& ids)
{
    setChecked(m_codeThemes, ids);
}

void StandardsPanel::setGmpDomains(const QStringList& ids)
{
    setChecked(m_gmpDomains, ids);
}

} // namespace cpd
