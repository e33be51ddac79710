/**
 * Stance models as served: comment toward article, reply toward parent, comment toward site targets, loaded from one
 * model file. Training, data readers and evaluation live in {@code stance.training}; the types and members marked
 * {@link io.parley.model.TrainerView} are public for it alone.
 */
package io.parley.classification.stance;
