-- Hidden data for daily-completed-trips-spine, written by `prepl validate --mutants --write-hidden`.
-- Purpose: several groups that share a key. It tells the reference from these mutants:
--   line 13: drop GROUP BY key `c.city_id` (a bare column if still selected)
CREATE TABLE cities (
  city_id INTEGER PRIMARY KEY,
  name    TEXT NOT NULL
);
CREATE TABLE drivers (
  driver_id INTEGER PRIMARY KEY,
  city_id   INTEGER NOT NULL REFERENCES cities(city_id),
  name      TEXT NOT NULL,
  joined_on TEXT NOT NULL
);
CREATE TABLE trips (
  trip_id           INTEGER PRIMARY KEY,
  city_id           INTEGER NOT NULL REFERENCES cities(city_id),
  driver_id         INTEGER REFERENCES drivers(driver_id),  -- NULL when no driver was found
  requested_at      TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS'
  predicted_eta_min REAL NOT NULL,     -- pickup ETA shown to the rider at request time
  actual_eta_min    REAL,              -- actual minutes until pickup; NULL if the driver never arrived
  status            TEXT NOT NULL,     -- 'completed' | 'cancelled' | 'no_driver'
  fare              REAL NOT NULL
);
INSERT INTO cities (city_id, name) VALUES (4, 'Denver');
INSERT INTO cities (city_id, name) VALUES (5, 'Denver');
