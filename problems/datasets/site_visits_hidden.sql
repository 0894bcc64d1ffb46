-- site_visits (hidden): same schema. A campaign click 20 seconds after another view, the same campaign
-- clicked twice, a gap of exactly 30:00 (same session) and one of 30:01, landing pages tied on sessions, and
-- two visitors browsing in the same half hour.
CREATE TABLE pageviews (
  pv_id      INTEGER PRIMARY KEY,
  visitor_id INTEGER NOT NULL,
  ts         TEXT NOT NULL,     -- 'YYYY-MM-DD HH:MM:SS'
  page       TEXT NOT NULL,     -- 'home' | 'pricing' | 'blog' | 'docs' | 'signup'
  campaign   TEXT,              -- utm_campaign of the link that brought this view; NULL for direct or internal navigation
  UNIQUE (visitor_id, ts)
);
INSERT INTO pageviews VALUES
 (31,7,'2024-10-01 09:00:00','docs',NULL),
 (32,7,'2024-10-01 09:30:00','pricing',NULL),
 (33,7,'2024-10-01 09:30:20','blog','autumn_newsletter'),
 (34,7,'2024-10-01 09:35:00','blog','autumn_newsletter'),
 (35,8,'2024-10-01 13:00:00','pricing',NULL),
 (36,8,'2024-10-01 13:30:01','home',NULL),
 (37,8,'2024-10-01 13:33:00','docs',NULL),
 (38,9,'2024-10-02 16:00:00','home','search_brand'),
 (39,9,'2024-10-02 16:45:00','pricing',NULL),
 (40,10,'2024-10-02 15:50:00','pricing',NULL),
 (41,10,'2024-10-02 16:10:00','docs',NULL),
 (42,10,'2024-10-02 16:30:00','home',NULL);
