-- puzzle_plays: level starts in a daily puzzle game, 9-11 September 2024, players in five time zones.
-- The daily puzzle resets at each player's local midnight.
CREATE TABLE players (
  player_id      INTEGER PRIMARY KEY,
  country        TEXT NOT NULL,
  utc_offset_min INTEGER NOT NULL   -- local time = UTC + this many minutes (fixed in this period)
);
CREATE TABLE level_starts (
  start_id    INTEGER PRIMARY KEY,
  player_id   INTEGER NOT NULL REFERENCES players(player_id),
  started_utc TEXT NOT NULL         -- 'YYYY-MM-DD HH:MM:SS', UTC
);
INSERT INTO players VALUES (1,'BR',-180),(2,'IN',330),(3,'GB',0),(4,'JP',540),(5,'MX',-360);
INSERT INTO level_starts VALUES
 (1,1,'2024-09-10 02:50:00'),
 (2,1,'2024-09-10 03:05:00'),
 (3,1,'2024-09-10 03:15:00'),
 (4,1,'2024-09-10 21:00:00'),
 (5,2,'2024-09-09 18:20:00'),
 (6,2,'2024-09-09 18:40:00'),
 (7,2,'2024-09-09 18:55:00'),
 (8,2,'2024-09-10 10:00:00'),
 (9,2,'2024-09-10 10:21:00'),
 (10,3,'2024-09-09 23:50:00'),
 (11,3,'2024-09-10 00:05:00'),
 (12,3,'2024-09-10 00:22:00'),
 (13,3,'2024-09-10 07:40:00'),
 (14,3,'2024-09-10 07:52:00'),
 (15,4,'2024-09-10 14:30:00'),
 (16,4,'2024-09-10 14:45:00'),
 (17,4,'2024-09-10 15:02:00'),
 (18,4,'2024-09-10 15:10:00'),
 (19,5,'2024-09-11 05:40:00'),
 (20,5,'2024-09-11 05:55:00'),
 (21,5,'2024-09-11 16:00:00');
