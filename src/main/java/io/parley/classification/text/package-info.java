/**
 * Tokenisation, normalisation and shared text features (OpenNLP), used identically in training and serving;
 * the CSV reader the abuse and stance data sets share.
 */
package io.parley.classification.text;
