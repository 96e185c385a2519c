// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <new>
#include <type_traits>
#include <utility>

namespace closelab {

/// What a woken application does (Simulator::wakeApp()): a callable run once, later. A small trivially
/// copyable one (a lambda capturing a socket pointer and a value or two, as nearly all are) is kept inline
/// and run through a plain function pointer: queueing it allocates nothing and moving it copies a few words,
/// where a std::function costs an indirect call per move and per destruction. Anything else (a
/// std::function handed over as it is) goes into a std::function.
class AppTask {
public:
    AppTask() = default;
    template <typename F, std::enable_if_t<!std::is_same_v<std::decay_t<F>, AppTask>, int> = 0>
    AppTask(F &&f) // NOLINT: converts implicitly, like std::function
    {
        using D = std::decay_t<F>;
        if constexpr (std::is_trivially_copyable_v<D> && sizeof(D) <= kInlineBytes && alignof(D) <= alignof(void *)) {
            ::new (static_cast<void *>(m_inline)) D(std::forward<F>(f));
            m_run = [](AppTask &t) { (*std::launder(reinterpret_cast<D *>(t.m_inline)))(); };
        } else {
            m_fn = std::function<void()>(std::forward<F>(f));
        }
    }
    explicit operator bool() const { return m_run != nullptr || static_cast<bool>(m_fn); }
    void operator()()
    {
        if (m_run) m_run(*this);
        else m_fn();
    }

private:
    static constexpr std::size_t kInlineBytes = 24;
    void (*m_run)(AppTask &) = nullptr; ///< set for an inline callable
    alignas(void *) unsigned char m_inline[kInlineBytes] = {};
    std::function<void()> m_fn;
};

} // namespace closelab
