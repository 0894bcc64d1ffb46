-- Hidden data for ordered-funnel-conversion, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a value exactly on a comparison boundary. It tells the reference from these mutants:
--   line 7: `=` → `<>`
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
INSERT INTO app_events (event_id, user_id, event_ts, event_name) VALUES (195, 16, '2024-02-20 10:00:21', 'view_item');
INSERT INTO app_events (event_id, user_id, event_ts, event_name) VALUES (67, 16, '2024-02-15 09:00:13', 'open');
