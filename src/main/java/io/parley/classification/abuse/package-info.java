/**
 * The abusive-language model: train, load, score, spans and evaluate (six labels).
 */
package io.parley.classification.abuse;
