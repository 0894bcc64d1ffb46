-- Hidden data for update-member-tiers-case, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a value one step from a constant of the rules. It tells the reference from these mutants:
--   line 6: `500` → `499`
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
INSERT INTO members (member_id, name, tier) VALUES (15, 'Bo', 'gold');
INSERT INTO purchases (purchase_id, member_id, purchased_at, amount) VALUES (103, 15, '2024-06-01 12:01:01', 499);
