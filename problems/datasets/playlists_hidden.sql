-- playlists (hidden): same schema. Traps: two tracks sharing a position after a merge (the earlier added one goes first), track
-- ids in the opposite order of positions, a playlist with one track, rows stored out of order,
-- tracks that are in two playlists, two tracks added in the same second at one position (smaller track_id first).
CREATE TABLE playlist_items (
  playlist_id INTEGER NOT NULL,
  track_id    INTEGER NOT NULL,
  position    INTEGER NOT NULL,   -- order inside the playlist; gaps after deletions
  added_at    TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  PRIMARY KEY (playlist_id, track_id)
);
INSERT INTO playlist_items VALUES
 (4,809,2,'2024-04-01 10:00:00'),(4,801,9,'2024-04-01 11:00:00'),(4,805,4,'2024-04-03 09:00:00'),(4,807,4,'2024-04-02 09:00:00'),
 (5,901,10,'2024-05-05 05:00:00'),
 (6,990,3,'2024-06-01 12:00:00'),(6,980,5,'2024-06-01 12:01:00'),(6,970,8,'2024-06-01 12:02:00'),
 (7,805,4,'2024-07-01 08:00:00'),(7,809,4,'2024-07-01 08:00:00'),(7,801,6,'2024-07-01 08:05:00');
