/**
 * The abusive-language model as served: load ({@link io.parley.classification.abuse.AbuseClassifier#load}), score
 * and explain (spans), with the labels the model file names. Training, data readers and evaluation live in
 * {@code abuse.training}; the types and members marked {@link io.parley.model.TrainerView} are public for it alone.
 */
package io.parley.classification.abuse;
