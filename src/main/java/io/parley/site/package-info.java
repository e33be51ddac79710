/**
 * Sites, their versioned settings, targets, API keys, users and roles.
 */
package io.parley.site;
