-- The reasons a site's owner offers moderators for rejecting or escalating a comment. A retired reason
-- stays for the decisions that used it; codes are unique per site.
CREATE TABLE moderation_reasons (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint NOT NULL REFERENCES sites(id),
    code        text NOT NULL,
    label       text NOT NULL,
    position    int NOT NULL DEFAULT 0,
    retired_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, code)
);
ALTER TABLE decisions ADD COLUMN reason_code text;
