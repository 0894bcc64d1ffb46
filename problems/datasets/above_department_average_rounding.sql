-- employees (hidden, above-department-average): a salary 0.004 above its department's average.
-- Compared with ROUND(avg, 2) the salary looks equal to the average and the employee disappears;
-- whole-number salaries can only do that in a department of 200+ people, so this one is a cent-precise
-- contractor rate.
CREATE TABLE departments (
  department_id INTEGER PRIMARY KEY,
  name          TEXT NOT NULL
);
CREATE TABLE employees (
  emp_id        INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  manager_id    INTEGER REFERENCES employees(emp_id),
  department_id INTEGER REFERENCES departments(department_id),
  salary        INTEGER,
  hire_date     TEXT NOT NULL
);
INSERT INTO departments VALUES (1,'Executive'),(2,'Research');
INSERT INTO employees VALUES
 (1,'Zoe Adler',NULL,1,350000,'2014-01-06'),
 (2,'Ola Berg',1,2,80000,'2019-03-04'),
 (3,'Pia Lund',2,2,79999.992,'2021-09-13');
