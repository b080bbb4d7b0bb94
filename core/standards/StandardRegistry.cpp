#include "standards/StandardRegistry.h"

#include "standards/GpAppraisalStandard.h"
#include "standards/NmcStandard.h"

namespace cpd {

StandardRegistry StandardRegistry::withBuiltIns()
{
    StandardRegistry r;
    r.add(std::make_unique<NmcStandard>());
    r.add(std::make_unique<GpAppraisalStandard>());
    return r;
}

void StandardRegistry::add(std::unique_ptr<Standard> standard)
{
    m_standards.push_back(std::move(standard));
}

const Standard* StandardRegistry::find(const QString& id) const
{
    for (const auto& s : m_standards) {
        if (s->id() == id)
            return s.get();
    }
    return nullptr;
}

QStringList StandardRegistry::ids() const
{
    QStringList out;
    for (const auto& s : m_standards)
        out << s->id();
    return out;
}

QStringList StandardRegistry::applicableTo(const Profile& profile) const
{
    QStringList out;
    for (const auto& s : m_standards) {
        if (s->checkProfile(profile))
            out << s->id();
    }
    return out;
}

} // namespace cpd
