-- Retention of the webhook outbox (WebhookRetention): delivered events are found by their age, and their delivery
-- attempts by the event they belong to (the foreign key had no index, so each delete would scan the log).
CREATE INDEX webhook_outbox_delivered ON webhook_outbox (delivered_at) WHERE state = 'delivered';
CREATE INDEX webhook_deliveries_outbox ON webhook_deliveries (outbox_id);
