#pragma once

#include <QString>

#include <expected>

namespace cpd {

// What went wrong, in words a person can act on.
struct Error
{
    QString message;
};

// Every function that can fail returns a value or an Error (std::expected, C++23).
template <class T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(const QString& message)
{
    return std::unexpected(Error{message});
}

} // namespace cpd
