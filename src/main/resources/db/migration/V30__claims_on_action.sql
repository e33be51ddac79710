-- Who has an item open on screen: shown to colleagues, never a lock. Claims (review_items.claimed_by,
-- lease_until) are taken when a moderator acts, or by an API client's explicit claim.
CREATE TABLE review_presence (
    item_id    bigint NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
    site_id    bigint NOT NULL REFERENCES sites(id),
    moderator  text NOT NULL,
    until      timestamptz NOT NULL,
    PRIMARY KEY (item_id, moderator)
);
CREATE INDEX review_presence_moderator ON review_presence (site_id, moderator);
