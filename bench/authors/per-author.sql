CREATE TEMP TABLE batch AS SELECT id FROM comments ORDER BY id DESC LIMIT 256;
EXPLAIN (ANALYZE, SUMMARY) WITH b AS (
    SELECT c.id, c.site_id, c.author_key, c.author_id, t.days
    FROM unnest((SELECT array_agg(id) FROM batch), array_fill(30, ARRAY[256])) AS t(id, days) JOIN comments c ON c.id = t.id),
a AS (SELECT site_id, author_key, min(id) AS first_id, max(id) AS last_id, max(days) AS days
      FROM b WHERE author_key IS NOT NULL GROUP BY site_id, author_key),
base AS (
    SELECT a.site_id, a.author_key, h.earlier, h.published, h.rejected
    FROM a, LATERAL (SELECT count(*) AS earlier, count(*) FILTER (WHERE e.status = 'published') AS published,
                            count(*) FILTER (WHERE e.status = 'rejected'
                                               AND e.updated_at >= now() - make_interval(days => a.days)) AS rejected
                     FROM comments e WHERE e.site_id = a.site_id AND e.author_key = a.author_key
                       AND e.id < a.first_id) h),
run AS (
    SELECT e.id, count(*) OVER w AS earlier, count(*) FILTER (WHERE e.status = 'published') OVER w AS published,
           count(*) FILTER (WHERE e.status = 'rejected' AND e.updated_at >= now() - make_interval(days => a.days)) OVER w AS rejected
    FROM a JOIN comments e ON e.site_id = a.site_id AND e.author_key = a.author_key AND e.id BETWEEN a.first_id AND a.last_id
    WINDOW w AS (PARTITION BY e.site_id, e.author_key ORDER BY e.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
SELECT b.id, b.author_key IS NULL, b.author_id IS NOT NULL,
       coalesce(base.earlier, 0) + coalesce(run.earlier, 0), coalesce(base.published, 0) + coalesce(run.published, 0),
       coalesce(base.rejected, 0) + coalesce(run.rejected, 0),
       EXISTS (SELECT 1 FROM author_trust m WHERE m.site_id = b.site_id AND m.author_key = b.author_key),
       (SELECT s.action FROM author_suspensions s WHERE s.site_id = b.site_id AND s.author_key = b.author_key)
FROM b LEFT JOIN base ON base.site_id = b.site_id AND base.author_key = b.author_key
LEFT JOIN run ON run.id = b.id;
