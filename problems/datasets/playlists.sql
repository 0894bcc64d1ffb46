-- playlists: the tracks of three playlists after some tracks were removed, leaving gaps in the positions.
CREATE TABLE playlist_items (
  playlist_id INTEGER NOT NULL,
  track_id    INTEGER NOT NULL,
  position    INTEGER NOT NULL,   -- order inside the playlist; gaps after deletions
  added_at    TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  PRIMARY KEY (playlist_id, track_id)
);
INSERT INTO playlist_items VALUES
 (1,501,1,'2024-01-01 10:00:00'),(1,502,3,'2024-01-01 10:01:00'),(1,503,4,'2024-01-02 09:00:00'),(1,504,7,'2024-01-05 20:00:00'),
 (2,601,2,'2024-02-10 08:00:00'),(2,602,5,'2024-02-10 08:05:00'),(2,603,6,'2024-02-11 12:00:00'),
 (3,701,1,'2024-03-01 18:00:00'),(3,702,2,'2024-03-01 18:02:00'),(3,703,3,'2024-03-02 07:30:00');
