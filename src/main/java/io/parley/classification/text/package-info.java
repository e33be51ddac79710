/**
 * Tokenisation, normalisation and shared text features (OpenNLP), used identically in training and serving;
 * the CSV reader the abuse and stance data sets share; the pretrained sentence encoder ({@link
 * io.parley.classification.text.SentenceEncoder}, e5-small-v2 int8 through ONNX Runtime) whose spec and weights'
 * sha256 a model stores, so heads trained on its vectors are served on the same vectors.
 */
package io.parley.classification.text;
