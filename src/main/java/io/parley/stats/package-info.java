/**
 * Figures for the owner's charts: the share of comments flagged per label and day (from the reasons the policy
 * stored with each status, so it follows the labels the model served), decisions per moderator, and the time
 * from hold to decision.
 */
package io.parley.stats;
