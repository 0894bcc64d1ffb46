-- Hidden data for feb-views-per-user, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a date on the edge of the range. It tells the reference from these mutants:
--   line 6: `'2024-02-01'` → `'2024-02-02'`
CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  signup_date TEXT NOT NULL,   -- 'YYYY-MM-DD'
  platform    TEXT NOT NULL,   -- 'ios' | 'android' | 'web'
  country     TEXT NOT NULL,
  referrer    TEXT             -- NULL = organic
);
CREATE TABLE app_events (
  event_id   INTEGER PRIMARY KEY,
  user_id    INTEGER,          -- NULL = logged-out visitor
  event_ts   TEXT NOT NULL,    -- 'YYYY-MM-DD HH:MM:SS'
  event_name TEXT NOT NULL     -- 'open' | 'view_item' | 'add_to_cart' | 'checkout' | 'purchase'
);
CREATE TABLE logins (
  user_id  INTEGER NOT NULL,
  login_ts TEXT NOT NULL       -- 'YYYY-MM-DD HH:MM:SS'; several logins per day are possible
);
INSERT INTO users (user_id, signup_date, platform, country, referrer) VALUES (26, '2023-12-27', 'android', 'FR', 'ads');
INSERT INTO app_events (event_id, user_id, event_ts, event_name) VALUES (199, 26, '2024-02-01 12:00:49', 'view_item');
