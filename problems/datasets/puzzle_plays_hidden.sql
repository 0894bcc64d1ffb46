-- puzzle_plays (hidden): same schema. Starts one minute either side of local midnight at a +5:45 offset,
-- a gap of exactly 20:00 and one of 20:01, a player west of UTC whose local evening is the next UTC day,
-- and a day on which every session bounced.
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
INSERT INTO players VALUES (1,'NP',345),(2,'US',-300),(3,'GB',0);
INSERT INTO level_starts VALUES
 (31,1,'2024-09-09 18:14:00'),
 (32,1,'2024-09-09 18:16:00'),
 (33,1,'2024-09-09 18:36:00'),
 (34,2,'2024-09-10 03:30:00'),
 (35,2,'2024-09-10 03:50:01'),
 (36,2,'2024-09-10 04:05:00'),
 (37,3,'2024-09-11 09:00:00'),
 (38,3,'2024-09-11 11:30:00');
