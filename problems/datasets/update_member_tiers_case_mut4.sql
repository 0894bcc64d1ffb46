-- Hidden data for update-member-tiers-case, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a date on the edge of the range. It tells the reference from these mutants:
--   line 11: `'2024-01-01'` → `'2023-12-31'`
CREATE TABLE members (
  member_id  INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  tier       TEXT NOT NULL            -- last year's tier; to be recomputed
);
CREATE TABLE purchases (
  purchase_id   INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL,
  purchased_at  TEXT NOT NULL,        -- 'YYYY-MM-DD HH:MM:SS'
  amount        INTEGER NOT NULL      -- whole dollars; negative for refunds
);
INSERT INTO members (member_id, name, tier) VALUES (5, 'Dee', 'gold');
INSERT INTO purchases (purchase_id, member_id, purchased_at, amount) VALUES (103, 5, '2023-12-31 00:00:00', 119);
