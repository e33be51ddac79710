-- What extraction concluded about a page's comment section ({"status","count","reason"}); null for articles
-- sent as structured JSON, where the site itself says which comments there are.
ALTER TABLE articles ADD COLUMN comment_section jsonb;
