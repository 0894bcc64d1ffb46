#pragma once
// Time for the session layer, behind an interface so tests use a fake (STYLE.md rule 7).
#include <cstdint>

namespace prepl::session {

// Milliseconds since the Unix epoch, UTC. The store persists times in this unit.
using UnixMs = std::int64_t;

inline constexpr UnixMs k_ms_per_second = 1000;
inline constexpr UnixMs k_ms_per_minute = 60 * k_ms_per_second;
inline constexpr UnixMs k_ms_per_day = 24 * 60 * k_ms_per_minute;

class Clock {
public:
    virtual ~Clock() = default;
    // The current time.
    virtual UnixMs now() const = 0;
    // Offset of local time from UTC at `at`, in seconds (east positive): streaks count local days.
    virtual std::int64_t utc_offset_seconds(UnixMs at) const = 0;
};

// The real wall clock and the process's time zone (TZ).
class SystemClock final : public Clock {
public:
    UnixMs now() const override;
    std::int64_t utc_offset_seconds(UnixMs at) const override;
};

// A clock that moves only when told: for tests of timers and reports.
class FakeClock final : public Clock {
public:
    explicit FakeClock(UnixMs start = 0, std::int64_t utc_offset_seconds = 0)
        : m_now(start), m_offset(utc_offset_seconds) {}
    UnixMs now() const override { return m_now; }
    std::int64_t utc_offset_seconds(UnixMs) const override { return m_offset; }
    void advance(UnixMs ms) { m_now += ms; }
    void set(UnixMs at) { m_now = at; }

private:
    UnixMs m_now;
    std::int64_t m_offset;
};

// The local calendar day of `at` as days since 1970-01-01 (local), for streaks and weeks.
std::int64_t local_day(const Clock& clock, UnixMs at);

}  // namespace prepl::session
