-- Hidden data for median-salary-by-department, written by `prepl validate --mutants --write-hidden`.
-- Purpose: rows with no match in the joined table. It tells the reference from these mutants:
--   line 10: `JOIN` → `LEFT JOIN`
--   wrong_answers[4]
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
INSERT INTO employees (emp_id, name, manager_id, department_id, salary, hire_date) VALUES (22, 'Rae Lopez', NULL, NULL, 205000, '2017-12-18');
