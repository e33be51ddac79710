/**
 * How the abuse model is made and judged: readers of the shared data formats ({@code AbuseDatasets}), the trainer
 * (per-head logistic regressions, vector heads, calibration, span tagger), the evaluator and its metrics. Used by the
 * CLI ({@code train abuse}, {@code evaluate abuse}) and tests; serving never depends on it.
 */
package io.parley.classification.abuse.training;
