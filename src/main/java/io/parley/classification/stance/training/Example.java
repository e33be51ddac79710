package io.parley.classification.stance.training;

/**
 * One labelled (or to-be-labelled) pair: the text whose stance is wanted, the context it is taken
 * toward (article body, source post, target phrase) and an optional second context (the direct parent
 * of a reply). {@code group} keeps rows that share context together when splitting (FNC body id,
 * SemEval target, RumourEval event).
 */
record Example(String text, String context, String extra, String label, String group) {
}
