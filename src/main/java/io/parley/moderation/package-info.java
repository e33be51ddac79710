/**
 * Policy (thresholds to publish/hold/reject), the durable review queue with leased claims, decisions and audit.
 */
package io.parley.moderation;
