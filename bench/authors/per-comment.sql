
-- the batch: the newest 256 comments (about 13 of them by the prolific author)
CREATE TEMP TABLE batch AS SELECT id FROM comments ORDER BY id DESC LIMIT 256;
-- one statement for the batch (Authors.standings)
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT c.id, c.author_key IS NULL, c.author_id IS NOT NULL, coalesce(h.earlier, 0), coalesce(h.published, 0), coalesce(h.rejected, 0),
       EXISTS (SELECT 1 FROM author_trust m WHERE m.site_id = c.site_id AND m.author_key = c.author_key),
       (SELECT s.action FROM author_suspensions s WHERE s.site_id = c.site_id AND s.author_key = c.author_key)
FROM unnest((SELECT array_agg(id) FROM batch), array_fill(30, ARRAY[256])) AS t(id, days) JOIN comments c ON c.id = t.id
LEFT JOIN LATERAL (
    SELECT count(*) AS earlier, count(*) FILTER (WHERE e.status = 'published') AS published,
           count(*) FILTER (WHERE e.status = 'rejected' AND e.updated_at >= now() - make_interval(days => t.days)) AS rejected
    FROM comments e WHERE c.author_key IS NOT NULL AND e.site_id = c.site_id AND e.author_key = c.author_key AND e.id < c.id) h ON true;
