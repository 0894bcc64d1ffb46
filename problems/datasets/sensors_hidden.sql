-- sensors (hidden): same schema. Traps: two and three failed reads in a row, a sensor whose first reads failed (nothing to
-- carry forward), rows inserted out of time order, a real reading of 0.0.
CREATE TABLE readings (
  sensor_id INTEGER NOT NULL,
  read_at   TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  temp_c    REAL,               -- NULL when the read failed
  PRIMARY KEY (sensor_id, read_at)
);
INSERT INTO readings VALUES
 (4,'2024-04-02 03:00:00',NULL),(4,'2024-04-02 00:00:00',3.5),(4,'2024-04-02 01:00:00',NULL),(4,'2024-04-02 02:00:00',NULL),
 (4,'2024-04-02 04:00:00',0.0),(4,'2024-04-02 05:00:00',NULL),
 (5,'2024-04-02 00:00:00',NULL),(5,'2024-04-02 01:00:00',NULL),(5,'2024-04-02 02:00:00',9.0),(5,'2024-04-02 03:00:00',NULL),
 (6,'2024-04-02 00:00:00',12.0),(6,'2024-04-02 02:00:00',NULL),(6,'2024-04-02 01:00:00',12.5),(6,'2024-04-02 03:00:00',NULL);
