-- device_pings (hidden): same schema. Ingestion ids in reverse time order (a buffered upload), a status
-- that comes back after a change, and a device whose last report has the status of the next device's first.
CREATE TABLE device_status (
  row_id       INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('ok', 'warning', 'offline')),
  reported_at  TEXT NOT NULL,        -- 'YYYY-MM-DD HH:MM:SS'
  UNIQUE (device_id, reported_at)
);
INSERT INTO device_status VALUES
  (30, 'cam-2',    'ok',      '2024-07-01 09:00:00'),
  (29, 'cam-2',    'offline', '2024-07-01 09:05:00'),
  (28, 'cam-2',    'offline', '2024-07-01 09:10:00'),
  (27, 'cam-2',    'ok',      '2024-07-01 09:15:00'),
  (26, 'cam-2',    'ok',      '2024-07-01 09:20:00'),
  (31, 'lock-3',   'ok',      '2024-07-01 09:02:00'),
  (32, 'lock-3',   'warning', '2024-07-01 09:03:00');
