CREATE TABLE comments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, site_id bigint NOT NULL, author text, author_id text,
  author_key text GENERATED ALWAYS AS (CASE WHEN author_id IS NOT NULL THEN 'id:' || author_id WHEN author IS NOT NULL THEN 'name:' || author END) STORED,
  status text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE author_trust (site_id bigint, author_key text, PRIMARY KEY (site_id, author_key));
CREATE TABLE author_suspensions (site_id bigint, author_key text, action text, PRIMARY KEY (site_id, author_key));
-- 1,000,000 comments on one site: 10,000 authors (zipf-ish: author 0 has ~50,000), 20 % without id
INSERT INTO comments (site_id, author, author_id, status, updated_at)
SELECT 1, 'name' || a, CASE WHEN a % 5 = 0 THEN NULL ELSE 'u' || a END,
       (ARRAY['published','published','published','held','rejected'])[1 + (g % 5)], now() - make_interval(days => g % 90)
FROM (SELECT g, CASE WHEN g % 20 = 0 THEN 0 ELSE (random() * 9999)::int END AS a FROM generate_series(1, 1000000) g) x;
CREATE INDEX comments_site_author_key ON comments (site_id, author_key, id) INCLUDE (status, updated_at);
VACUUM ANALYZE comments;
