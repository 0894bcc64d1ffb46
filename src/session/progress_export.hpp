#pragma once
// `prepl export`: everything in the progress store as one JSON document.
#include <string>

#include "session/progress_store.hpp"

namespace prepl::session {

// {"schema_version", "exported_at", "attempts": [...], "review_state": [...], "mocks": [{...,
// "items": [...]}]} Times are ms since the Unix epoch, as stored.
util::Result<std::string> export_json(const ProgressStore& store, UnixMs now);

}  // namespace prepl::session
