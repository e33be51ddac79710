-- Authors by the site's own id when it sends one (authorId on ingest); a comment with only a display name is
-- "unverified": anyone can type a name. author_key is what per-author history, suspensions and trust use:
-- 'id:<authorId>' when the site sent one, else 'name:<display name>', null for an anonymous comment.
ALTER TABLE comments ADD COLUMN author_id text;
ALTER TABLE comments ADD COLUMN author_key text GENERATED ALWAYS AS (
    CASE WHEN author_id IS NOT NULL THEN 'id:' || author_id WHEN author IS NOT NULL THEN 'name:' || author END) STORED;
-- The pipeline reads an author's standing (earlier comments, published, recent rejections) for a whole batch in one
-- query: an index range per author, answered from the index where the visibility map allows.
CREATE INDEX comments_site_author_key ON comments (site_id, author_key, id) INCLUDE (status, updated_at);

-- Suspensions were by display name; they are by author key now (existing ones become name keys).
ALTER TABLE author_suspensions RENAME COLUMN author TO author_key;
UPDATE author_suspensions SET author_key = 'name:' || author_key;

-- Authors the owner marked trusted: their comments skip the hold band (still rejected over a reject threshold).
CREATE TABLE author_trust (
    site_id     bigint NOT NULL REFERENCES sites(id),
    author_key  text NOT NULL,
    trusted_by  text NOT NULL,
    trusted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, author_key)
);
