/**
 * Moderation by job: the policy (thresholds to publish/hold/reject), the review queue as read
 * ({@link io.parley.moderation.ReviewQueue}), who holds an item ({@link io.parley.moderation.Claims}),
 * decisions with their audit ({@link io.parley.moderation.Decisions}). Statuses and actions are enums;
 * a refused request is {@link io.parley.moderation.InvalidModerationInput} or a conflict named as a fact.
 */
package io.parley.moderation;
