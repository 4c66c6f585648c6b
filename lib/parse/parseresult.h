#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Aivizor {

// A parsed value, or an error naming the JSON path ("topic_list.topics[3].title: expected a
// string"). Never half-filled: on error `value` is empty.
template<typename T>
struct ParseResult
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }

    static ParseResult success(T v) { ParseResult r; r.value = std::move(v); return r; }
    static ParseResult failure(QString e) { ParseResult r; r.error = std::move(e); return r; }
};

} // namespace Aivizor
