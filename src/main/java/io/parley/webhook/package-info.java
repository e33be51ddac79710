/**
 * Webhooks: a site owner's endpoints receive every comment's first status and every moderator's or owner's
 * decision as a signed, versioned JSON event. Events are written to an outbox in the transaction of the change
 * (listening to the moderation feature's events), delivered by a worker with retries and back-off, and an
 * endpoint that keeps failing is disabled with a notice. Private and loopback targets are refused unless
 * configured.
 */
package io.parley.webhook;
