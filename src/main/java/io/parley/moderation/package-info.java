/**
 * Moderation by job: the policy (thresholds to publish/hold/reject), the review queue as read
 * ({@link io.parley.moderation.ReviewQueue}), who holds an item ({@link io.parley.moderation.Claims}: claims
 * taken on action, presence for looking), decisions with their audit and reversals
 * ({@link io.parley.moderation.Decisions}), the owner's reasons ({@link io.parley.moderation.ReasonList}),
 * decided outcomes ({@link io.parley.moderation.Outcomes}), the backlog replayed under new settings
 * ({@link io.parley.moderation.Backlog}) and authors' records and suspensions ({@link io.parley.moderation.Authors}).
 * Statuses and actions are enums; a refused request is {@link io.parley.moderation.InvalidModerationInput} or a
 * conflict named as a fact.
 */
package io.parley.moderation;
