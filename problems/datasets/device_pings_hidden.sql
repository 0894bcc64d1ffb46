-- device_pings (hidden variant): same schema. Two rows of a device share the latest reported_at
-- (keep the larger row_id), and some rows have a NULL reported_at (older than any timestamped row).
CREATE TABLE device_status (
  row_id       INTEGER PRIMARY KEY,
  device_id    TEXT NOT NULL,
  status       TEXT NOT NULL,
  reported_at  TEXT
);
INSERT INTO device_status VALUES
  (21, 'cam-1',   'ok',      '2024-08-01 10:00:00'),
  (22, 'cam-1',   'error',   '2024-08-01 10:00:00'),
  (23, 'cam-1',   'ok',      '2024-08-01 09:00:00'),
  (24, 'lock-5',  'ok',      NULL),
  (25, 'lock-5',  'warning', '2024-08-02 07:00:00'),
  (26, 'hub-9',   'ok',      '2024-08-03 08:00:00'),
  (27, 'hub-9',   'ok',      NULL),
  (28, 'plug-4',  'offline', '2024-08-04 06:00:00');
