-- device_pings: status heartbeats from smart thermostats and door locks, 1 July 2024. A device reports
-- every few minutes, usually the same status as before. row_id is an ingestion id: NOT in time order.
CREATE TABLE device_status (
  row_id       INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('ok', 'warning', 'offline')),
  reported_at  TEXT NOT NULL,        -- 'YYYY-MM-DD HH:MM:SS'
  UNIQUE (device_id, reported_at)
);
INSERT INTO device_status VALUES
  (1,  'thermo-1', 'ok',      '2024-07-01 08:00:00'),
  (2,  'thermo-1', 'ok',      '2024-07-01 08:05:00'),
  (3,  'thermo-1', 'warning', '2024-07-01 08:10:00'),
  (4,  'thermo-1', 'warning', '2024-07-01 08:15:00'),
  (5,  'thermo-1', 'ok',      '2024-07-01 08:20:00'),
  (6,  'thermo-1', 'ok',      '2024-07-01 08:25:00'),
  (7,  'thermo-1', 'ok',      '2024-07-01 08:30:00'),
  (8,  'lock-7',   'ok',      '2024-07-01 08:02:00'),
  (9,  'lock-7',   'offline', '2024-07-01 08:07:00'),
  (10, 'lock-7',   'ok',      '2024-07-01 08:12:00'),
  (12, 'lock-7',   'ok',      '2024-07-01 08:17:00'),
  (11, 'thermo-2', 'warning', '2024-07-01 08:01:00'),
  (13, 'thermo-2', 'warning', '2024-07-01 08:06:00'),
  (14, 'thermo-2', 'warning', '2024-07-01 08:11:00');
