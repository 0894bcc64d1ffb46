-- Hidden data for eta-error-by-city, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows with no match in the joined table. It tells the reference from these mutants:
--   line 7: `JOIN` → `LEFT JOIN`
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
INSERT INTO trips (trip_id, city_id, driver_id, requested_at, predicted_eta_min, actual_eta_min, status, fare) VALUES (68, 2, 5, '2024-03-02 13:16:00', 6.99, 1.0, 'completed', 21.18);
