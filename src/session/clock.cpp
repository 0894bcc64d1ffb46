#include "session/clock.hpp"

#include <chrono>
#include <ctime>

namespace prepl::session {

UnixMs SystemClock::now() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t SystemClock::utc_offset_seconds(UnixMs at) const {
    const std::time_t seconds = static_cast<std::time_t>(at / k_ms_per_second);
    std::tm local{};
    if (!::localtime_r(&seconds, &local)) return 0;
    return local.tm_gmtoff;
}

std::int64_t local_day(const Clock& clock, UnixMs at) {
    const UnixMs local_ms = at + clock.utc_offset_seconds(at) * k_ms_per_second;
    // Floor division: times before 1970 still land on the right day.
    return local_ms >= 0 ? local_ms / k_ms_per_day
                         : -((-local_ms + k_ms_per_day - 1) / k_ms_per_day);
}

}  // namespace prepl::session
