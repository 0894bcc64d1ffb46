-- Hidden data for ctr-by-format-new-users, written by hand.
-- US user 1 signs up 2024-06-01 and acts on day -1 (before signup: not new), day 0, day 3, day 4,
-- day 30 at 10:00 (still new: the boundary is on dates, not timestamps) and day 31 (no longer new).
-- US user 2 signed up in May and is new for a May event but not for a June one; DE user 3 is new but
-- not in the US. Carousel only gets a save from a new user, so it must not appear; idea gets an
-- impression and no click, so it must appear with ctr 0.
-- Expected: video 1/1 = 1.0, standard 1 click / 2 impressions = 0.5, idea 0/1 = 0.0.
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
INSERT INTO users (user_id, signup_date, country) VALUES (1, '2024-06-01', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (2, '2024-05-01', 'US');
INSERT INTO users (user_id, signup_date, country) VALUES (3, '2024-06-10', 'DE');
INSERT INTO users (user_id, signup_date, country) VALUES (4, '2024-03-01', 'US');
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (1, 'standard', 'home', 4);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (2, 'video', 'food', 4);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (3, 'idea', 'travel', 4);
INSERT INTO pins (pin_id, format, category, creator_id) VALUES (4, 'carousel', 'fashion', 4);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (1, 1, 4, 'impression', '2024-05-31 21:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (2, 1, 4, 'click', '2024-05-31 21:01:00', 30);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (3, 1, 1, 'impression', '2024-06-01 08:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (4, 1, 1, 'click', '2024-06-01 08:01:00', 45);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (5, 1, 1, 'save', '2024-06-01 08:02:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (6, 1, 4, 'save', '2024-06-04 12:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (7, 1, 3, 'impression', '2024-06-05 09:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (8, 2, 1, 'impression', '2024-05-15 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (9, 2, 1, 'impression', '2024-06-15 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (10, 2, 1, 'click', '2024-06-15 10:01:00', 20);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (11, 3, 3, 'impression', '2024-06-12 11:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (12, 3, 3, 'click', '2024-06-12 11:01:00', 15);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (13, 1, 2, 'impression', '2024-07-01 10:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (14, 1, 2, 'click', '2024-07-01 10:01:00', 50);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (15, 1, 2, 'impression', '2024-07-02 09:00:00', NULL);
INSERT INTO events (event_id, user_id, pin_id, event_type, event_ts, time_spent_sec) VALUES (16, 1, 2, 'click', '2024-07-02 09:01:00', 40);
