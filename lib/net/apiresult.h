#pragma once

#include "lib/net/apierror.h"

#include <optional>
#include <utility>

namespace Aivizor {

// A value or an ApiError; what ForumClient hands to its callbacks.
template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value() && !error.isError(); }

    static ApiResult success(T v) { ApiResult r; r.value = std::move(v); return r; }
    static ApiResult failure(ApiError e) { ApiResult r; r.error = std::move(e); return r; }
};

} // namespace Aivizor
