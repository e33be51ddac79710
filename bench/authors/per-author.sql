
CREATE TEMP TABLE batch AS SELECT id FROM comments ORDER BY id DESC LIMIT 256;
EXPLAIN (ANALYZE, SUMMARY) WITH t AS (SELECT * FROM unnest((SELECT array_agg(id) FROM batch), array_fill(30, ARRAY[256])) AS t(id, days)),
b AS (SELECT c.id, c.site_id, c.author_key, c.author_id, t.days,
             min(c.id) OVER (PARTITION BY c.site_id, c.author_key) AS first_id
      FROM t JOIN comments c ON c.id = t.id),
base AS (SELECT a.site_id, a.author_key, h.earlier, h.published, h.rejected
         FROM (SELECT DISTINCT site_id, author_key, first_id, days FROM b WHERE author_key IS NOT NULL) a,
         LATERAL (SELECT count(*) AS earlier, count(*) FILTER (WHERE e.status = 'published') AS published,
                         count(*) FILTER (WHERE e.status = 'rejected' AND e.updated_at >= now() - make_interval(days => a.days)) AS rejected
                  FROM comments e WHERE e.site_id = a.site_id AND e.author_key = a.author_key AND e.id < a.first_id) h)
SELECT b.id, b.author_key IS NULL, b.author_id IS NOT NULL,
       coalesce(base.earlier, 0) + coalesce(x.earlier, 0), coalesce(base.published, 0) + coalesce(x.published, 0),
       coalesce(base.rejected, 0) + coalesce(x.rejected, 0),
       EXISTS (SELECT 1 FROM author_trust m WHERE m.site_id = b.site_id AND m.author_key = b.author_key),
       (SELECT s.action FROM author_suspensions s WHERE s.site_id = b.site_id AND s.author_key = b.author_key)
FROM b LEFT JOIN base ON base.site_id = b.site_id AND base.author_key = b.author_key
LEFT JOIN LATERAL (SELECT count(*) AS earlier, count(*) FILTER (WHERE e.status = 'published') AS published,
                          count(*) FILTER (WHERE e.status = 'rejected' AND e.updated_at >= now() - make_interval(days => b.days)) AS rejected
                   FROM comments e WHERE b.author_key IS NOT NULL AND e.site_id = b.site_id AND e.author_key = b.author_key
                     AND e.id >= b.first_id AND e.id < b.id) x ON true;
