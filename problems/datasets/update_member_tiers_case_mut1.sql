-- Hidden data for update-member-tiers-case, written by `prepl validate --mutants --write-hidden`.
-- Purpose: a value one step from a constant of the rules. It tells the reference from these mutants:
--   line 5: `1000` → `999`
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
INSERT INTO members (member_id, name, tier) VALUES (13, 'bronze', 'gold');
INSERT INTO purchases (purchase_id, member_id, purchased_at, amount) VALUES (2, 13, '2024-03-20 14:00:00', 999);
