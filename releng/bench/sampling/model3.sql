-- Model 3 (kk2018): 1 per caseworker per month; level 2: 20 per unit as 3/3/7/4/3 by stage, of the
-- 7 handleplan 2 sikkerhedsplan and 2 korte_snor (drawn in that order, then 3 of the rest), and 5
-- from Døgnvagten; 60 of level 2's; 30 of level 3's. Same ranks and sub-strata keys as the engine.
WITH l1 AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit, flags, caseworker || '/' || to_char(completed, 'YYYY-MM') AS stratum,
           encode(sha256(convert_to('bench|2018Q3|1|' || caseworker || '/' || to_char(completed, 'YYYY-MM') || '|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM frame) r),
s1 AS (SELECT case_id, stage, unit, flags,
              CASE WHEN stage LIKE 'handleplan%' THEN 'handleplan_anbringelse+handleplan_forebyggende' ELSE stage END AS quota
       FROM l1 WHERE n <= 1),
quotas(quota, k) AS (VALUES ('underretning', 3), ('undersoegelse', 3), ('handleplan_anbringelse+handleplan_forebyggende', 3),
                            ('opfoelgning_anbringelse', 4), ('opfoelgning_forebyggende', 3)),
dv AS (
  SELECT * FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, 'Døgnvagten' AS stratum,
           encode(sha256(convert_to('bench|2018Q3|2|Døgnvagten|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s1 WHERE unit = 'Døgnvagten') r) x WHERE n <= 5),
sp AS (
  SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit || '/' || quota || '/sikkerhedsplan' AS stratum,
           encode(sha256(convert_to('bench|2018Q3|2|' || unit || '/' || quota || '/sikkerhedsplan|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s1 WHERE unit <> 'Døgnvagten' AND quota LIKE 'handleplan%' AND ';' || flags || ';' LIKE '%;sikkerhedsplan;%') r) x WHERE n <= 2),
ks AS (
  SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, unit || '/' || quota || '/korte_snor' AS stratum,
           encode(sha256(convert_to('bench|2018Q3|2|' || unit || '/' || quota || '/korte_snor|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s1 WHERE unit <> 'Døgnvagten' AND quota LIKE 'handleplan%' AND ';' || flags || ';' LIKE '%;korte_snor;%'
      AND case_id NOT IN (SELECT case_id FROM sp)) r) x WHERE n <= 2),
rest AS (
  SELECT case_id, stage, stratum, rank FROM (SELECT r.*, q.k, ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, quota, unit || '/' || quota AS stratum,
           encode(sha256(convert_to('bench|2018Q3|2|' || unit || '/' || quota || '|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s1 WHERE unit <> 'Døgnvagten' AND case_id NOT IN (SELECT case_id FROM sp UNION ALL SELECT case_id FROM ks)) r
    JOIN quotas q ON q.quota = r.quota) x WHERE n <= k),
s2 AS (SELECT case_id, stage, rank FROM dv UNION ALL SELECT case_id, stage, rank FROM sp
       UNION ALL SELECT case_id, stage, rank FROM ks UNION ALL SELECT case_id, stage, rank FROM rest),
l3 AS (
  SELECT *, ROW_NUMBER() OVER (ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, encode(sha256(convert_to('bench|2018Q3|3|*|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s2) r),
s3 AS (SELECT * FROM l3 WHERE n <= 60),
l4 AS (
  SELECT *, ROW_NUMBER() OVER (ORDER BY rank COLLATE "C") AS n FROM (
    SELECT case_id, stage, encode(sha256(convert_to('bench|2018Q3|4|*|' || case_id || '|' || stage, 'UTF8')), 'hex') AS rank
    FROM s3) r),
s4 AS (SELECT * FROM l4 WHERE n <= 30)
SELECT 1 AS level, case_id, stage, rank FROM l1 WHERE n <= 1 UNION ALL
SELECT 2, case_id, stage, rank FROM s2 UNION ALL
SELECT 3, case_id, stage, rank FROM s3 UNION ALL
SELECT 4, case_id, stage, rank FROM s4;
