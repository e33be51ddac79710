/**
 * Takes pages and structured comments in, stores them idempotently by (site, external id) and writes the outbox rows that drive classification and moderation.
 */
package io.parley.ingest;
