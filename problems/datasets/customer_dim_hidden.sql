-- customer_dim (hidden): same schema. Traps: a segment going from NULL to a value and one from a value to NULL (a plain <>
-- misses both), an unchanged customer with a NULL segment, a customer absent from the snapshot, a new customer, closed history rows.
CREATE TABLE dim_customer (
  customer_key INTEGER PRIMARY KEY,  -- surrogate key
  customer_id  INTEGER NOT NULL,     -- business key
  city         TEXT NOT NULL,
  segment      TEXT,                 -- NULL when not yet classified
  valid_from   TEXT NOT NULL,        -- 'YYYY-MM-DD'
  valid_to     TEXT,                 -- NULL for the current version
  is_current   INTEGER NOT NULL      -- 1 for the current version, else 0
);
CREATE TABLE stg_customer (
  customer_id INTEGER PRIMARY KEY,
  city        TEXT NOT NULL,
  segment     TEXT
);
INSERT INTO dim_customer VALUES
 (10,201,'Oslo',NULL,'2024-01-01',NULL,1),
 (11,202,'Bergen','smb','2023-03-03','2024-02-02',0),
 (12,202,'Bergen','enterprise','2024-02-02',NULL,1),
 (13,203,'Malmo',NULL,'2024-04-04',NULL,1),
 (14,204,'Aarhus','retail','2024-05-05',NULL,1),
 (15,205,'Turku','smb','2024-06-06',NULL,1);
INSERT INTO stg_customer VALUES
 (201,'Oslo','retail'),
 (202,'Bergen',NULL),
 (203,'Malmo',NULL),
 (204,'Odense','retail'),
 (207,'Tampere','smb'),
 (206,'Espoo',NULL);
