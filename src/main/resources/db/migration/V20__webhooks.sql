-- Webhooks: a site's endpoints, the outbox of events to deliver (written in the transaction of the change it
-- reports), and the log of every delivery attempt.
CREATE TABLE webhook_endpoints (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id               bigint NOT NULL REFERENCES sites(id),
    url                   text NOT NULL,
    description           text NOT NULL DEFAULT '',
    -- HMAC keys must be readable to sign with; the previous one signs too until previous_until (rotation overlap)
    secret                text NOT NULL,
    previous_secret       text,
    previous_until        timestamptz,
    enabled               boolean NOT NULL DEFAULT true,
    disabled_reason       text,
    disabled_at           timestamptz,
    consecutive_failures  int NOT NULL DEFAULT 0,
    created_by            text NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    deleted_at            timestamptz
);
CREATE INDEX webhook_endpoints_site ON webhook_endpoints (site_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_outbox (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id   bigint NOT NULL REFERENCES webhook_endpoints(id),
    event_id      uuid NOT NULL,
    event_type    text NOT NULL,
    payload       text NOT NULL,
    state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered')),
    attempts      int NOT NULL DEFAULT 0,
    available_at  timestamptz NOT NULL DEFAULT now(),
    created_at    timestamptz NOT NULL DEFAULT now(),
    delivered_at  timestamptz,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (available_at, id) WHERE state = 'pending';

CREATE TABLE webhook_deliveries (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id     bigint NOT NULL REFERENCES webhook_outbox(id),
    endpoint_id   bigint NOT NULL REFERENCES webhook_endpoints(id),
    attempt       int NOT NULL,
    status_code   int,
    error         text,
    millis        int NOT NULL,
    at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id DESC);
