-- customer_dim: a warehouse's type-2 slowly changing customer dimension and today's snapshot from the source system (2024-11-01).
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
 (1,101,'Lyon','retail','2023-01-10','2024-03-01',0),
 (2,101,'Paris','retail','2024-03-01',NULL,1),
 (3,102,'Porto','smb','2023-05-05',NULL,1),
 (4,103,'Gdansk','enterprise','2023-07-07',NULL,1),
 (5,104,'Graz','smb','2024-01-15',NULL,1),
 (6,105,'Cork','retail','2024-02-20',NULL,1);
INSERT INTO stg_customer VALUES
 (101,'Paris','retail'),
 (102,'Braga','smb'),
 (103,'Gdansk','smb'),
 (104,'Graz','smb'),
 (106,'Turin','retail');
