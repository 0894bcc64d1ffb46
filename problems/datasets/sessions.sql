-- sessions: raw page views for sessionization exercises.
-- Deterministic hand-crafted fixture for prepl. Session rule used by prompts: a new session starts when
-- the gap to the same user's previous page view is MORE than 30 minutes (exactly 30:00 stays in the session).
CREATE TABLE page_views (
  view_id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  page    TEXT NOT NULL,      -- 'home' | 'search' | 'product' | 'cart' | 'checkout' | 'blog'
  device  TEXT NOT NULL       -- 'mobile' | 'desktop'
);
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (1, 1, '2024-03-04 09:00:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (2, 7, '2024-03-04 09:01:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (3, 2, '2024-03-04 09:02:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (4, 3, '2024-03-04 09:03:00', 'blog', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (5, 7, '2024-03-04 09:04:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (6, 1, '2024-03-04 09:05:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (7, 2, '2024-03-04 09:10:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (8, 2, '2024-03-04 09:12:00', 'cart', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (9, 2, '2024-03-04 09:15:00', 'checkout', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (10, 1, '2024-03-04 09:20:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (11, 7, '2024-03-04 09:30:00', 'cart', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (12, 1, '2024-03-04 09:49:00', 'cart', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (13, 7, '2024-03-04 09:58:00', 'checkout', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (14, 1, '2024-03-04 10:25:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (15, 2, '2024-03-04 14:00:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (16, 1, '2024-03-04 23:50:00', 'blog', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (17, 1, '2024-03-05 00:10:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (18, 2, '2024-03-05 08:00:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (19, 2, '2024-03-05 08:31:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (20, 8, '2024-03-05 11:11:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (21, 8, '2024-03-05 11:12:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (22, 8, '2024-03-05 11:40:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (23, 4, '2024-03-05 12:00:00', 'home', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (24, 4, '2024-03-05 12:10:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (25, 4, '2024-03-05 12:39:00', 'product', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (26, 4, '2024-03-05 13:09:59', 'cart', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (27, 4, '2024-03-05 13:15:00', 'checkout', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (28, 7, '2024-03-05 18:00:00', 'blog', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (29, 7, '2024-03-05 18:02:00', 'blog', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (30, 7, '2024-03-05 18:30:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (31, 5, '2024-03-06 07:00:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (32, 5, '2024-03-06 07:20:00', 'home', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (33, 5, '2024-03-06 07:45:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (34, 5, '2024-03-06 08:10:00', 'product', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (35, 5, '2024-03-06 08:35:00', 'cart', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (36, 7, '2024-03-06 10:00:00', 'search', 'mobile');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (37, 6, '2024-03-06 20:00:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (38, 6, '2024-03-06 21:00:00', 'search', 'desktop');
INSERT INTO page_views (view_id, user_id, ts, page, device) VALUES (39, 6, '2024-03-06 21:01:00', 'product', 'desktop');
