-- Hidden data for feb-views-per-user, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows that fail one condition of a filter or a join. It tells the reference from these mutants:
--   line 7: drop `AND e.event_ts < '2024-03-01'`
--   line 7: `'2024-03-01'` → `'2024-03-02'`
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
INSERT INTO users (user_id, signup_date, platform, country, referrer) VALUES (4, '2024-01-06', 'view_item', 'DE', 'ads');
INSERT INTO app_events (event_id, user_id, event_ts, event_name) VALUES (91, 4, '2024-03-01 00:00:00', 'view_item');
