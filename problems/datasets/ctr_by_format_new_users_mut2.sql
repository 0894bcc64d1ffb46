-- Hidden data for ctr-by-format-new-users, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a value exactly on a comparison boundary. It tells the reference from these mutants:
--   line 10: `=` → `<>`
--   line 10: `>` → `>=`
--   line 10: `0` → `-1`
--   wrong_answers[5]
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
INSERT INTO users (user_id, signup_date, country) VALUES (1, '2024-06-29', 'DE');
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (6, 'standard', 'fashion', 1);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (4, 1, 6, '-30 days', '2024-06-18 20:23:00', 19);
