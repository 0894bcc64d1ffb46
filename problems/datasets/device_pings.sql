-- device_pings: a status log where each device should keep only its latest report.
-- row_id is an ingestion id: it is NOT in time order.
CREATE TABLE device_status (
  row_id       INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  status       TEXT NOT NULL,
  reported_at  TEXT                  -- 'YYYY-MM-DD HH:MM:SS'; NULL when the device clock was not synced
);
INSERT INTO device_status VALUES
  (1,  'thermo-1', 'ok',      '2024-07-01 08:00:00'),
  (2,  'thermo-1', 'warning', '2024-07-01 09:30:00'),
  (3,  'thermo-1', 'ok',      '2024-07-01 09:00:00'),
  (4,  'cam-7',    'offline', '2024-07-01 07:00:00'),
  (5,  'lock-3',   'ok',      '2024-07-02 10:00:00'),
  (6,  'lock-3',   'ok',      '2024-07-01 10:00:00'),
  (7,  'cam-7',    'ok',      '2024-07-01 06:00:00'),
  (8,  'hub-2',    'ok',      '2024-07-03 12:00:00'),
  (9,  'sensor-9', 'error',   '2024-07-02 23:59:00'),
  (10, 'sensor-9', 'ok',      '2024-07-03 00:01:00'),
  (11, 'sensor-9', 'ok',      '2024-07-02 12:00:00'),
  (12, 'thermo-1', 'ok',      '2024-06-30 22:00:00');
