-- Authors a site's owner suspended: each new comment of theirs is held (or rejected) whatever its scores,
-- with the reason "author suspended". By the name the site sends.
CREATE TABLE author_suspensions (
    site_id       bigint NOT NULL REFERENCES sites(id),
    author        text NOT NULL,
    action        text NOT NULL CHECK (action IN ('hold', 'reject')),
    suspended_by  text NOT NULL,
    suspended_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, author)
);
