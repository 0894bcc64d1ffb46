-- app_switches (hidden): same schema. Traps: repeated rows of one app inside a visit (the away time starts at the first row
-- of the other app), an away time of exactly 2:00 and one of 2:01, a return after two different apps, switch-backs of
-- different users interleaved in time, three switch-backs to maps whose mean away time is not a whole second.
CREATE TABLE foreground (
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS': from this moment until the user's next row, `app` is on screen
  app     TEXT NOT NULL,
  PRIMARY KEY (user_id, ts)
);
INSERT INTO foreground VALUES
 (1,'2024-08-20 09:00:00','bank'),(1,'2024-08-20 09:00:30','bank'),(1,'2024-08-20 09:01:00','sms'),(1,'2024-08-20 09:02:30','sms'),
 (1,'2024-08-20 09:03:00','bank'),
 (2,'2024-08-20 09:00:10','shop'),(2,'2024-08-20 09:01:00','browser'),(2,'2024-08-20 09:03:00','shop'),
 (2,'2024-08-20 09:10:00','browser'),(2,'2024-08-20 09:11:00','shop'),(2,'2024-08-20 09:13:01','browser'),(2,'2024-08-20 09:15:02','shop'),
 (3,'2024-08-20 10:00:00','chat'),(3,'2024-08-20 10:00:20','camera'),(3,'2024-08-20 10:00:50','gallery'),(3,'2024-08-20 10:01:10','chat'),
 (4,'2024-08-20 10:00:05','maps'),(4,'2024-08-20 10:00:35','music'),(4,'2024-08-20 10:00:45','music'),(4,'2024-08-20 10:01:00','maps'),
 (5,'2024-08-20 11:00:00','maps'),(5,'2024-08-20 11:00:10','sms'),(5,'2024-08-20 11:00:40','maps'),(5,'2024-08-20 11:05:00','sms'),
 (5,'2024-08-20 11:05:31','maps');
