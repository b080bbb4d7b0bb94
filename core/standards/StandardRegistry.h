#pragma once

#include "standards/Standard.h"

#include <memory>
#include <vector>

namespace cpd {

// The standards the app knows, by id. Adding HCPC or GPhC is one Standard subclass and one add().
class StandardRegistry
{
public:
    StandardRegistry() = default;
    StandardRegistry(StandardRegistry&&) = default;
    StandardRegistry& operator=(StandardRegistry&&) = default;

    // NMC and GP appraisal.
    static StandardRegistry withBuiltIns();

    void add(std::unique_ptr<Standard> standard);
    const Standard* find(const QString& id) const;
    QStringList ids() const;
    // The standards that apply to a profile's professions, in registry order.
    QStringList applicableTo(const Profile& profile) const;

private:
    std::vector<std::unique_ptr<Standard>> m_standards;
};

} // namespace cpd
