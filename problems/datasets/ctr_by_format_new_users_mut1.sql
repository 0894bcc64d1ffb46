-- Hidden data for ctr-by-format-new-users, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows with no match in the joined table (an impression on a pin no longer in `pins`). It tells the reference from these mutants:
--   line 7: `JOIN` → `LEFT JOIN`
CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  signup_date TEXT NOT NULL,      -- 'YYYY-MM-DD'
  country     TEXT NOT NULL
);
CREATE TABLE pins (
  pin_id     INTEGER PRIMARY KEY,
  format     TEXT NOT NULL,       -- 'standard' | 'video' | 'idea' | 'carousel'
  category   TEXT NOT NULL,
  creator_id INTEGER NOT NULL REFERENCES users(user_id)
);
CREATE TABLE events (
  event_id       INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(user_id),
  pin_id         INTEGER NOT NULL REFERENCES pins(pin_id),
  event_type     TEXT NOT NULL,   -- 'impression' | 'click' | 'save'
  event_ts       TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM:SS'
  time_spent_sec INTEGER          -- seconds on the pin close-up; recorded for clicks only, NULL when not tracked
);
INSERT INTO users (user_id, signup_date, country) VALUES (5, '2024-05-01', 'US');
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (94, 5, 17, 'impression', '2024-05-23 11:39:00', NULL);
