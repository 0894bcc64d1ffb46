-- app_events: a shopping app's event log (iOS and Android), 6-8 May 2024. Timestamps are UTC.
-- Used for sessionization with a 10-minute inactivity timeout.
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
INSERT INTO app_users VALUES (1,'ios'),(2,'android'),(3,'ios'),(4,'android'),(5,'ios'),(6,'android');
INSERT INTO app_events VALUES
 (101,1,'2024-05-06 08:00:00','app_open'),
 (102,1,'2024-05-06 08:01:30','screen_view'),
 (103,1,'2024-05-06 08:04:10','search'),
 (104,1,'2024-05-06 08:09:55','screen_view'),
 (105,1,'2024-05-06 08:25:00','app_open'),
 (106,1,'2024-05-06 08:26:20','screen_view'),
 (107,1,'2024-05-07 21:50:00','app_open'),
 (108,2,'2024-05-06 12:00:00','app_open'),
 (109,2,'2024-05-06 12:09:59','screen_view'),
 (110,2,'2024-05-06 12:19:59','add_to_cart'),
 (111,2,'2024-05-06 12:21:00','purchase'),
 (112,2,'2024-05-07 23:55:00','app_open'),
 (113,2,'2024-05-08 00:03:30','screen_view'),
 (114,3,'2024-05-06 19:00:00','app_open'),
 (115,3,'2024-05-06 19:00:00','screen_view'),
 (116,3,'2024-05-06 19:07:45','search'),
 (117,3,'2024-05-06 19:16:30','screen_view'),
 (118,4,'2024-05-07 07:30:00','app_open'),
 (119,4,'2024-05-07 07:45:00','app_open'),
 (120,4,'2024-05-07 07:52:40','screen_view'),
 (121,4,'2024-05-07 07:58:10','add_to_cart'),
 (122,4,'2024-05-07 08:03:00','purchase'),
 (123,5,'2024-05-08 10:10:10','app_open'),
 (124,5,'2024-05-08 10:12:40','screen_view');
