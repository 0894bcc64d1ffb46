-- social: a small social network: friendships (every one of them inside a triangle of friends) and user actions, week of 2024-06-03.
CREATE TABLE users (
  user_id INTEGER PRIMARY KEY,
  name    TEXT NOT NULL
);
CREATE TABLE friendships (
  user_a INTEGER NOT NULL REFERENCES users(user_id),
  user_b INTEGER NOT NULL REFERENCES users(user_id),
  since  TEXT NOT NULL,          -- 'YYYY-MM-DD'
  CHECK (user_a < user_b),       -- each friendship is stored once, smaller id first
  PRIMARY KEY (user_a, user_b)
);
CREATE TABLE actions (
  user_id   INTEGER NOT NULL REFERENCES users(user_id),
  action_ts TEXT NOT NULL,       -- 'YYYY-MM-DD HH:MM:SS'
  action    TEXT NOT NULL        -- 'post' | 'comment' | 'like'
);
INSERT INTO users VALUES
 (1,'Amara'),(2,'Bo'),(3,'Chen'),(4,'Dita'),(5,'Emil'),(6,'Farah'),(7,'Goran'),(8,'Hui'),(9,'Ines'),(10,'Jonas');
INSERT INTO friendships VALUES
 (1,2,'2021-03-01'),(2,3,'2021-09-30'),(3,4,'2022-07-12'),(1,4,'2020-01-05'),
 (1,5,'2023-02-14'),(2,5,'2022-11-11'),(2,6,'2023-05-20'),(3,6,'2019-08-08'),
 (3,7,'2024-01-02'),(4,7,'2023-03-03'),(1,8,'2022-02-22'),(4,8,'2023-10-10'),
 (8,9,'2024-04-01'),(9,10,'2021-06-18'),(8,10,'2023-12-24');
INSERT INTO actions VALUES
 (1,'2024-06-03 08:00:00','post'),(1,'2024-06-03 09:10:00','like'),(1,'2024-06-03 21:45:00','comment'),
 (1,'2024-06-05 12:00:00','like'),
 (2,'2024-06-03 10:00:00','like'),(2,'2024-06-04 10:00:00','like'),(2,'2024-06-05 10:00:00','like'),
 (3,'2024-06-04 07:00:00','post'),(3,'2024-06-04 07:05:00','like'),(3,'2024-06-04 23:59:00','like'),
 (3,'2024-06-06 11:00:00','post'),(3,'2024-06-06 12:00:00','comment'),(3,'2024-06-06 13:00:00','like'),(3,'2024-06-06 14:00:00','like'),
 (4,'2024-06-05 18:00:00','comment'),(4,'2024-06-05 19:00:00','comment'),
 (5,'2024-06-03 22:00:00','post'),(5,'2024-06-04 06:00:00','like'),(5,'2024-06-04 09:00:00','like'),(5,'2024-06-07 09:00:00','like'),
 (6,'2024-06-07 15:00:00','post'),
 (7,'2024-06-03 12:00:00','like'),(7,'2024-06-05 12:00:00','like'),(7,'2024-06-07 12:00:00','like'),
 (8,'2024-06-08 09:00:00','post'),(8,'2024-06-08 09:30:00','comment'),(8,'2024-06-08 10:00:00','like'),
 (9,'2024-06-04 16:00:00','like');
