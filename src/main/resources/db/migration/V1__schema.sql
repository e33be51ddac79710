-- Parley schema. Surrogate bigint keys, the source's external ids unique per site (idempotent ingest),
-- timestamptz everywhere, scores as real, spans and quotes as jsonb.

CREATE TABLE sites (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Settings are versioned: every save is a new row; the highest version is current.
CREATE TABLE site_settings (
    site_id     bigint NOT NULL REFERENCES sites(id),
    version     int NOT NULL,
    settings    jsonb NOT NULL,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, version)
);

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- site_id NULL with role 'admin' means every site.
CREATE TABLE user_roles (
    user_id  bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    site_id  bigint REFERENCES sites(id),
    role     text NOT NULL CHECK (role IN ('moderator', 'owner', 'admin'))
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, coalesce(site_id, 0), role);

CREATE TABLE api_keys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint NOT NULL REFERENCES sites(id),
    prefix      text NOT NULL UNIQUE,
    key_hash    text NOT NULL,
    label       text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE articles (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint NOT NULL REFERENCES sites(id),
    external_id  text NOT NULL,
    url          text,
    title        text,
    byline       text,
    published    timestamptz,
    body         text NOT NULL DEFAULT '',
    paragraphs   jsonb NOT NULL DEFAULT '[]',
    language     text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, external_id)
);

CREATE TABLE comments (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id             bigint NOT NULL REFERENCES sites(id),
    article_id          bigint NOT NULL REFERENCES articles(id),
    external_id         text NOT NULL,
    parent_id           bigint REFERENCES comments(id),
    parent_external_id  text,
    author              text,
    posted_at           timestamptz,
    likes               int CHECK (likes >= 0),
    text                text NOT NULL,
    quotes              jsonb NOT NULL DEFAULT '[]',
    position            int NOT NULL DEFAULT 0,
    depth               int NOT NULL DEFAULT 0,
    language            text,
    status              text NOT NULL DEFAULT 'received'
                        CHECK (status IN ('received', 'classified', 'published', 'held', 'rejected')),
    status_reason       jsonb,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, external_id)
);
CREATE INDEX comments_article ON comments (article_id, position);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_site_status ON comments (site_id, status);
CREATE INDEX comments_site_author ON comments (site_id, author);

-- One row per comment and model version: re-running a step for the same version is a no-op.
CREATE TABLE classifications (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id     bigint NOT NULL REFERENCES comments(id),
    model_name     text NOT NULL,
    model_version  text NOT NULL,
    toxicity          real,
    severe_toxicity   real,
    insult            real,
    threat            real,
    obscene           real,
    identity_attack   real,
    stance         jsonb,
    spans          jsonb NOT NULL DEFAULT '[]',
    language       text,
    language_supported boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (comment_id, model_name, model_version)
);

-- The durable hand-off from ingest to classification and moderation. A worker on any instance takes
-- rows with FOR UPDATE SKIP LOCKED and deletes them in the same transaction that stores the result.
CREATE TABLE outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id   bigint NOT NULL REFERENCES comments(id),
    attempts     int NOT NULL DEFAULT 0,
    available_at timestamptz NOT NULL DEFAULT now(),
    last_error   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (comment_id)
);
CREATE INDEX outbox_available ON outbox (available_at, id);

CREATE TABLE review_items (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id          bigint NOT NULL REFERENCES sites(id),
    comment_id       bigint NOT NULL REFERENCES comments(id) UNIQUE,
    priority         real NOT NULL DEFAULT 0,
    reason           jsonb NOT NULL,
    settings_version int NOT NULL,
    state            text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'decided', 'escalated')),
    claimed_by       text,
    claim_token      uuid,
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    decided_at       timestamptz
);
CREATE INDEX review_items_open ON review_items (site_id, state, priority DESC, id);

CREATE TABLE decisions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_item_id   bigint NOT NULL REFERENCES review_items(id),
    comment_id       bigint NOT NULL REFERENCES comments(id),
    site_id          bigint NOT NULL REFERENCES sites(id),
    moderator        text NOT NULL,
    action           text NOT NULL CHECK (action IN ('approve', 'reject', 'escalate')),
    reason           text,
    label_corrections jsonb,
    settings_version int NOT NULL,
    decided_at       timestamptz NOT NULL DEFAULT now(),
    undone_at        timestamptz
);
CREATE INDEX decisions_site ON decisions (site_id, decided_at);

-- Append-only: the application never updates or deletes audit rows.
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     bigint REFERENCES sites(id),
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text,
    details     jsonb NOT NULL DEFAULT '{}',
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_site_at ON audit_events (site_id, at);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
