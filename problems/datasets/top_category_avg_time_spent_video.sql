-- Hidden data for top-category-avg-time-spent, written by hand.
-- Video home and video food tie at exactly 100/3 seconds (rounded 33.33). Home needs its June 1 00:30
-- and its June 30 10:00 clicks; food has a NULL time and an impression that must not count as 0.
-- Travel's long video views fall on May 20, May 31 23:00 and July 1 00:10, outside June. A standard
-- (non-video) fashion pin has the longest June views and must be ignored.
-- Expected: home 33.33 and food 33.33.
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
INSERT INTO users (user_id, signup_date, country) VALUES (1, '2024-01-01', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (2, '2024-02-01', 'DE');
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (1, 'video', 'home', 1);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (2, 'video', 'food', 1);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (3, 'video', 'travel', 2);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (4, 'standard', 'fashion', 2);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (1, 1, 3, 'click', '2024-05-20 12:00:00', 200);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (2, 2, 3, 'click', '2024-05-31 23:00:00', 300);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (3, 1, 1, 'click', '2024-06-01 00:30:00', 30);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (4, 2, 2, 'click', '2024-06-05 08:00:00', 33);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (5, 1, 2, 'impression', '2024-06-12 09:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (6, 1, 2, 'click', '2024-06-12 09:01:00', 34);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (7, 2, 2, 'click', '2024-06-14 18:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (8, 2, 1, 'click', '2024-06-15 20:00:00', 30);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (9, 1, 4, 'click', '2024-06-18 07:00:00', 95);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (10, 2, 2, 'click', '2024-06-20 21:00:00', 33);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (11, 1, 1, 'click', '2024-06-30 10:00:00', 40);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (12, 2, 3, 'click', '2024-07-01 00:10:00', 250);
