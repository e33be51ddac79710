/**
 * Tokenisation, normalisation and shared text features (OpenNLP), used identically in training and serving.
 */
package io.parley.classification.text;
