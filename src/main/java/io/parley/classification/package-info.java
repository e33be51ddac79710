/**
 * Per-comment scores: abuse labels and stance. Sub-packages hold each task; CommentClassifier is the one entry the pipeline calls.
 */
package io.parley.classification;
