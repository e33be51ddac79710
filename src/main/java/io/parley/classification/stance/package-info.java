/**
 * Stance models: comment toward article, reply toward parent, comment toward site targets.
 */
package io.parley.classification.stance;
