-- ride_requests: ride requests in one city on 2024-07-12, with how each one ended.
CREATE TABLE requests (
  request_id   INTEGER PRIMARY KEY,
  rider_id     INTEGER NOT NULL,
  requested_at TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM:SS'
  ended_at     TEXT NOT NULL,   -- when the ride finished or the request was cancelled
  status       TEXT NOT NULL    -- 'completed' | 'rider_cancelled' | 'driver_cancelled'
);
INSERT INTO requests VALUES
 (1,11,'2024-07-12 07:58:00','2024-07-12 08:03:00','rider_cancelled'),
 (2,11,'2024-07-12 08:05:30','2024-07-12 08:31:00','completed'),
 (3,12,'2024-07-12 08:10:00','2024-07-12 08:12:00','rider_cancelled'),
 (4,13,'2024-07-12 08:15:00','2024-07-12 08:40:00','completed'),
 (5,12,'2024-07-12 08:20:00','2024-07-12 08:44:00','completed'),
 (6,14,'2024-07-12 09:00:00','2024-07-12 09:04:00','driver_cancelled'),
 (7,14,'2024-07-12 09:05:00','2024-07-12 09:30:00','completed'),
 (8,15,'2024-07-12 09:12:00','2024-07-12 09:13:00','rider_cancelled'),
 (9,16,'2024-07-12 10:00:00','2024-07-12 10:21:00','completed'),
 (10,15,'2024-07-12 11:40:00','2024-07-12 12:02:00','completed'),
 (11,17,'2024-07-12 12:30:00','2024-07-12 12:31:00','rider_cancelled'),
 (12,17,'2024-07-12 12:33:10','2024-07-12 12:34:00','rider_cancelled'),
 (13,17,'2024-07-12 12:36:00','2024-07-12 12:58:00','completed'),
 (14,18,'2024-07-12 13:00:00','2024-07-12 13:02:30','rider_cancelled'),
 (15,19,'2024-07-12 13:05:00','2024-07-12 13:25:00','completed'),
 (16,18,'2024-07-12 13:06:00','2024-07-12 13:29:00','completed'),
 (17,20,'2024-07-12 17:45:00','2024-07-12 17:47:00','rider_cancelled'),
 (18,21,'2024-07-12 17:50:00','2024-07-12 18:15:00','completed'),
 (19,20,'2024-07-12 18:30:00','2024-07-12 18:55:00','completed'),
 (20,22,'2024-07-12 19:00:00','2024-07-12 19:01:00','rider_cancelled'),
 (21,22,'2024-07-12 19:04:59','2024-07-12 19:20:00','completed');
