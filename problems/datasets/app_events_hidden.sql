-- app_events (hidden): same schema. Events logged offline that reach the server late (ids out of time
-- order), a gap of exactly 10:00, a gap of 9:59 across midnight, two events in one second, and
-- two users active in the same minutes (one opens the app while another's session is running).
CREATE TABLE app_users (
  user_id  INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('ios', 'android'))
);
CREATE TABLE app_events (
  event_id   INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES app_users(user_id),
  event_ts   TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS', UTC; two events of a user can share a second
  event_name TEXT NOT NULL      -- 'app_open' | 'screen_view' | 'search' | 'add_to_cart' | 'purchase'
);
INSERT INTO app_users VALUES (1,'ios'),(2,'android'),(3,'ios'),(7,'android');
INSERT INTO app_events VALUES
 (201,1,'2024-05-06 09:00:00','app_open'),
 (205,1,'2024-05-06 09:04:00','screen_view'),
 (202,1,'2024-05-06 09:12:00','search'),
 (203,1,'2024-05-06 09:22:00','app_open'),
 (204,1,'2024-05-06 09:22:00','screen_view'),
 (206,2,'2024-05-06 23:58:30','app_open'),
 (207,2,'2024-05-07 00:08:29','screen_view'),
 (208,2,'2024-05-07 00:18:29','app_open'),
 (209,3,'2024-05-07 10:00:00','app_open'),
 (213,3,'2024-05-07 11:01:00','app_open'),
 (210,7,'2024-05-07 11:00:00','app_open'),
 (211,7,'2024-05-07 11:00:45','screen_view'),
 (212,7,'2024-05-07 11:01:30','purchase');
