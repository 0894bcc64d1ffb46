-- social (hidden): same schema. Traps: a friend pair with no mutual friends, a user with no friends, a pair of strangers with
-- exactly two mutual friends and one with a single mutual friend, duplicated action rows (the same user, second and action
-- logged twice), three actions spread over midnight within 24 hours, three actions exactly 24 hours apart end to end,
-- three actions 24.5 hours apart end to end.
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
 (1,'Ayo'),(2,'Britt'),(3,'Cas'),(4,'Dani'),(5,'Eero'),(6,'Fumi'),(7,'Gil'),(8,'Hedda');
INSERT INTO friendships VALUES
 (1,3,'2021-01-01'),(2,3,'2021-02-02'),(1,4,'2022-03-03'),(2,4,'2022-04-04'),
 (4,5,'2023-05-05'),(5,6,'2023-06-06'),(1,2,'2024-01-01'),(3,7,'2024-02-02');
INSERT INTO actions VALUES
 (1,'2024-06-03 10:00:00','like'),(1,'2024-06-03 10:00:00','like'),(1,'2024-06-03 11:00:00','post'),
 (2,'2024-06-03 22:00:00','post'),(2,'2024-06-04 01:00:00','like'),(2,'2024-06-04 02:00:00','like'),
 (3,'2024-06-04 09:00:00','like'),(3,'2024-06-05 09:00:00','like'),(3,'2024-06-06 09:00:00','like'),
 (4,'2024-06-05 08:00:00','post'),(4,'2024-06-05 08:00:00','like'),(4,'2024-06-05 20:00:00','comment'),
 (4,'2024-06-06 08:00:00','like'),(4,'2024-06-06 09:00:00','like'),(4,'2024-06-06 10:00:00','like'),(4,'2024-06-06 11:00:00','like'),
 (5,'2024-06-07 12:00:00','comment'),(5,'2024-06-08 11:00:00','like'),(5,'2024-06-08 12:00:00','like'),
 (6,'2024-06-03 00:00:00','post'),(6,'2024-06-03 12:00:00','like'),(6,'2024-06-04 00:00:00','like'),
 (7,'2024-06-05 08:00:00','post'),(7,'2024-06-05 20:00:00','like'),(7,'2024-06-06 08:30:00','comment');
