-- Hidden data for top-category-avg-time-spent, written by `prepl validate --mutants --write-hidden`.
-- Purpose: values that round differently at another precision. It tells the reference from these mutants:
--   line 9: `2` → `3`
--   line 9: `2` → `1`
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
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (18, 'video', 'food', 16);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (127, 4, 18, 'impression', '2024-06-19 03:35:00', 71);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (26, 13, 18, 'impression', '2024-06-19 03:36:00', 70);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (7, 16, 18, 'click', '2024-06-19 03:36:00', 31);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (45, 4, 18, 'click', '2024-06-04 19:01:00', 200);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (9, 4, 18, 'impression', '2024-06-22 20:43:00', 78);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (30, 7, 18, 'click', '2024-06-19 03:36:00', 200);
