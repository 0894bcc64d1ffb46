-- Hidden data for save-share-by-format, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows with no match in the joined table. It tells the reference from these mutants:
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
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (11, 'carousel', 'food', 1);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (175, 18, 7, 'save', '2024-06-12 19:01:59', 122);
