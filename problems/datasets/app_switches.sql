-- app_switches: which app was in the foreground on a few phones, 2024-08-20. A new row is written whenever the foreground
-- screen changes, so the same app can appear on consecutive rows (moving between screens inside one app).
CREATE TABLE foreground (
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS': from this moment until the user's next row, `app` is on screen
  app     TEXT NOT NULL,
  PRIMARY KEY (user_id, ts)
);
INSERT INTO foreground VALUES
 (1,'2024-08-20 09:00:00','bank'),(1,'2024-08-20 09:01:10','sms'),(1,'2024-08-20 09:01:40','bank'),(1,'2024-08-20 09:05:00','mail'),
 (1,'2024-08-20 09:20:00','maps'),(1,'2024-08-20 09:30:00','mail'),
 (2,'2024-08-20 10:00:00','shop'),(2,'2024-08-20 10:02:00','browser'),(2,'2024-08-20 10:03:30','shop'),(2,'2024-08-20 10:10:00','browser'),
 (2,'2024-08-20 10:11:00','shop'),(2,'2024-08-20 10:20:00','music'),
 (3,'2024-08-20 11:00:00','chat'),(3,'2024-08-20 11:00:30','camera'),(3,'2024-08-20 11:01:15','chat'),(3,'2024-08-20 11:30:00','camera'),
 (3,'2024-08-20 11:40:00','chat'),
 (4,'2024-08-20 12:00:00','bank'),(4,'2024-08-20 12:00:40','sms'),(4,'2024-08-20 12:04:00','bank'),
 (5,'2024-08-20 13:00:00','maps'),(5,'2024-08-20 13:00:50','music'),(5,'2024-08-20 13:01:20','maps'),(5,'2024-08-20 13:30:00','music');
