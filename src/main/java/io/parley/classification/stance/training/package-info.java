/**
 * How the stance model is made and judged: readers of FNC-1, SemEval-2016 and RumourEval ({@code StanceDatasets}),
 * the view trainer and its settings, the evaluator and its metrics. Used by the CLI ({@code train stance},
 * {@code evaluate stance}) and tests; serving never depends on it.
 */
package io.parley.classification.stance.training;
