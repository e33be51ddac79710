/**
 * Model files: one zip holding network, feature spec and provenance; loading fails fast with a clear message.
 */
package io.parley.model;
