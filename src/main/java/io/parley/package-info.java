/**
 * Parley: extraction, classification and moderation of reader comments.
 */
package io.parley;
