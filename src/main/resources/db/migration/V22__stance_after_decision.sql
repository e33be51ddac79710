-- Comments decided without their stance (their site's rules have no stance action, so the verdict cannot depend on
-- it): the pipeline's stance stage adds it to the classification of this model version right after, taking rows
-- with FOR UPDATE SKIP LOCKED like the outbox. A comment classified again (a model upgrade) replaces its row.
CREATE TABLE stance_outbox (
    comment_id    bigint PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
    model_name    text NOT NULL,
    model_version text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
