/**
 * REST edge: thin controllers over feature APIs, errors as application/problem+json.
 */
package io.parley.api;
