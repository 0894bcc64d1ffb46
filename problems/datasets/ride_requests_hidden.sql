-- ride_requests (hidden): same schema. Traps: a new request exactly 5:00 after a cancellation and one 5:01 after, a new request
-- placed before the cancellation ended (a duplicate tap), two cancellations followed by one request, a driver cancellation
-- followed by a quick re-request, another rider's request right after a cancellation, a request id out of time order (17),
-- nine rider cancellations in all (a rebook rate with many decimals).
CREATE TABLE requests (
  request_id   INTEGER PRIMARY KEY,
  rider_id     INTEGER NOT NULL,
  requested_at TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM:SS'
  ended_at     TEXT NOT NULL,   -- when the ride finished or the request was cancelled
  status       TEXT NOT NULL    -- 'completed' | 'rider_cancelled' | 'driver_cancelled'
);
INSERT INTO requests VALUES
 (1,31,'2024-07-12 08:00:00','2024-07-12 08:02:00','rider_cancelled'),
 (2,31,'2024-07-12 08:07:00','2024-07-12 08:30:00','completed'),
 (3,32,'2024-07-12 08:10:00','2024-07-12 08:12:00','rider_cancelled'),
 (4,32,'2024-07-12 08:17:01','2024-07-12 08:40:00','completed'),
 (5,33,'2024-07-12 09:00:00','2024-07-12 09:06:00','rider_cancelled'),
 (6,33,'2024-07-12 09:05:00','2024-07-12 09:30:00','completed'),
 (7,34,'2024-07-12 10:00:00','2024-07-12 10:01:00','rider_cancelled'),
 (8,34,'2024-07-12 10:01:30','2024-07-12 10:02:00','rider_cancelled'),
 (9,34,'2024-07-12 10:04:00','2024-07-12 10:30:00','completed'),
 (10,35,'2024-07-12 11:00:00','2024-07-12 11:03:00','driver_cancelled'),
 (11,35,'2024-07-12 11:04:00','2024-07-12 11:30:00','completed'),
 (12,36,'2024-07-12 12:00:00','2024-07-12 12:01:00','rider_cancelled'),
 (13,37,'2024-07-12 12:02:00','2024-07-12 12:20:00','completed'),
 (14,38,'2024-07-12 13:00:00','2024-07-12 13:01:00','rider_cancelled'),
 (15,38,'2024-07-12 13:30:00','2024-07-12 13:50:00','completed'),
 (16,39,'2024-07-12 14:10:00','2024-07-12 14:11:00','rider_cancelled'),
 (17,39,'2024-07-12 13:40:00','2024-07-12 14:05:00','completed'),
 (18,40,'2024-07-12 15:00:00','2024-07-12 15:02:00','rider_cancelled');
