-- "The latest classification of a comment" is read on every queue and thread page; without this index
-- the planner can fall back to scanning classifications until statistics catch up after a bulk load.
CREATE INDEX classifications_latest ON classifications (comment_id, id DESC);
