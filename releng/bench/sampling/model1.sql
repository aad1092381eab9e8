-- Model 1 (kk2018): 1 per caseworker; 15 per unit of level 1's; 40 of level 2's; 20 of level 3's.
-- rank = sha256(seed|round|level|stratum|case_id|stage) as lowercase hex, k lowest per stratum.
WITH l1 AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit, caseworker AS stratum,
           encode(sha256(convert_to('bench|2018Q3|1|' || caseworker || '|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM frame) r),
s1 AS (SELECT * FROM l1 WHERE n <= 1),
l2 AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit, unit AS stratum,
           encode(sha256(convert_to('bench|2018Q3|2|' || unit || '|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s1) r),
s2 AS (SELECT * FROM l2 WHERE n <= 15),
l3 AS (
  SELECT *, ROW_NUMBER() OVER (ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit, '*' AS stratum,
           encode(sha256(convert_to('bench|2018Q3|3|*|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s2) r),
s3 AS (SELECT * FROM l3 WHERE n <= 40),
l4 AS (
  SELECT *, ROW_NUMBER() OVER (ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit, '*' AS stratum,
           encode(sha256(convert_to('bench|2018Q3|4|*|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s3) r),
s4 AS (SELECT * FROM l4 WHERE n <= 20)
SELECT 1 AS level, case_id, stage, rank FROM s1 UNION ALL
SELECT 2, case_id, stage, rank FROM s2 UNION ALL
SELECT 3, case_id, stage, rank FROM s3 UNION ALL
SELECT 4, case_id, stage, rank FROM s4;
