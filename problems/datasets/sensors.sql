-- sensors: hourly temperature readings from greenhouse sensors on 2024-04-02; a failed read is stored as NULL.
CREATE TABLE readings (
  sensor_id INTEGER NOT NULL,
  read_at   TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  temp_c    REAL,               -- NULL when the read failed
  PRIMARY KEY (sensor_id, read_at)
);
INSERT INTO readings VALUES
 (1,'2024-04-02 00:00:00',18.5),(1,'2024-04-02 01:00:00',NULL),(1,'2024-04-02 02:00:00',18.1),
 (1,'2024-04-02 03:00:00',17.9),(1,'2024-04-02 04:00:00',NULL),(1,'2024-04-02 05:00:00',18.0),
 (2,'2024-04-02 00:00:00',21.0),(2,'2024-04-02 01:00:00',21.4),(2,'2024-04-02 02:00:00',NULL),
 (2,'2024-04-02 03:00:00',22.0),(2,'2024-04-02 04:00:00',22.3),(2,'2024-04-02 05:00:00',NULL),
 (3,'2024-04-02 00:00:00',15.2),(3,'2024-04-02 01:00:00',15.0),(3,'2024-04-02 02:00:00',14.8),
 (3,'2024-04-02 03:00:00',NULL),(3,'2024-04-02 04:00:00',14.9),(3,'2024-04-02 05:00:00',15.3);
