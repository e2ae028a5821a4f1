// Result<T>: either a value or the message that says why there is none. The
// one way a function here reports a failure with its reason (reading a
// document file, saving one); Result<void> is a success or a message.
//   Result<ScenarioDocument> loaded = loadDocumentFile(path);
//   if (!loaded) show(loaded.error());
// A function fails with `return Failure{message};`.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ftroi {

// What a failing function returns; it converts to a Result of any type.
struct Failure {
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_error(std::move(failure.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // The value; only when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    // Why there is no value; empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default; // success: `return {};`
    Result(Failure failure) : m_failed(true), m_error(std::move(failure.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    // Why it failed; empty when ok().
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace ftroi
