-- Hidden data for median-session-length, written by `prepl validate --mutants --write-hidden`.
-- Purpose: ties in the ranking order. It tells the reference from these mutants:
--   line 20: `ROW_NUMBER` → `RANK`
--   wrong_answers[4]
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (23, 5, '2024-03-03 10:24:59', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (10, 5, '2024-03-05 08:31:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (35, 7, '2024-03-05 08:31:00', 'search', 'desktop');
