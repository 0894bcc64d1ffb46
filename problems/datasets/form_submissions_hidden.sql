-- form_submissions (hidden): same schema. A double click exactly 5 seconds apart, one 6 seconds apart,
-- two submissions in the same second whose ids arrived in reverse order, a burst of three clicks,
-- and another person submitting two seconds after that burst.
CREATE TABLE submissions (
  submission_id INTEGER PRIMARY KEY,   -- assigned by the web server; two requests in one second can arrive in either order
  email         TEXT NOT NULL,
  company       TEXT,                  -- NULL when left empty
  submitted_at  TEXT NOT NULL          -- 'YYYY-MM-DD HH:MM:SS'
);
INSERT INTO submissions VALUES
 (41,'ivan@example.ru','Petrov OOO','2024-03-14 12:00:00'),
 (42,'Ivan@example.ru','Petrov OOO','2024-03-14 12:00:05'),
 (43,'jo@example.com','Jo Studio','2024-03-14 15:10:00'),
 (44,'jo@example.com','Jo Studio','2024-03-14 15:10:06'),
 (46,'kim@example.kr','Kim Labs','2024-03-15 11:11:11'),
 (45,'kim@example.kr ','Kim Labs','2024-03-15 11:11:11'),
 (47,'lena@example.de',NULL,'2024-03-15 17:00:00'),
 (48,'lena@example.de',NULL,'2024-03-15 17:00:03'),
 (49,'lena@example.de',NULL,'2024-03-15 17:00:06'),
 (50,'max@example.com','Max AG','2024-03-15 17:00:08');
