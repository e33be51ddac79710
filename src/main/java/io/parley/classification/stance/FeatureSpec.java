package io.parley.classification.stance;

import io.parley.model.TrainerView;

import java.util.List;

/**
 * Everything the featuriser needs, stored in the model zip so serving never re-derives it from code
 * defaults: vocabularies, IDF weights, cue lexicons, the label order of the network's output.
 *
 * @param view          article, parent or target
 * @param labels        network output order
 * @param textVocab     term-frequency features of the comment side
 * @param contextVocab  term-frequency features of the context side (article, source post, target)
 * @param idfTerms      terms with an IDF weight, for the TF-IDF cosine cues
 * @param idf           IDF weights aligned with {@code idfTerms}
 * @param leadTokens    how many leading context tokens form the "lead" used by one cosine cue
 * @param stopwords     dropped before counting terms
 * @param refuting      refutation words (fake, hoax, deny ...)
 * @param negation      negation words
 * @param hedging       hedges (allegedly, reportedly ...)
 * @param questionWords words that open a question
 * @param textBigrams   whether the comment-side vocabulary also holds word bigrams ("a b")
 * @param interactions  hash buckets for (context term x comment term) pairs, 0 = none; lets one shared
 *                      network weigh words differently per known target while an unseen target (no
 *                      known context terms) falls back to the shared features
 * @param charGrams     hash buckets for the comment's character 2-5-grams, 0 = none (absent in older models)
 * @param splitHashtags whether camel-case hashtags (#StopHillary2016) also count their words (stop, hillary)
 * @param crossTargets  the training contexts (targets) that get their own copy of the comment's features,
 *                      normalised by {@link Featurizer#crossKey}; null or empty = none (absent in older models)
 * @param crossBuckets  hash buckets of (known target x comment term / character gram) pairs, 0 = none: a
 *                      target seen in training gets its own weights for every term and gram (what a
 *                      per-target model has), while any other target has none of these columns and is
 *                      scored by the shared features alone
 */
@TrainerView
public record FeatureSpec(String view, List<String> labels, List<String> textVocab, List<String> contextVocab,
                   List<String> idfTerms, double[] idf, int leadTokens, List<String> stopwords,
                   List<String> refuting, List<String> negation, List<String> hedging,
                   List<String> questionWords, boolean textBigrams, int interactions,
                   int charGrams, boolean splitHashtags, List<String> crossTargets, int crossBuckets) {

    public static final int CUES = 22;

    public int dimension() {
        return textVocab.size() + contextVocab.size() + CUES + interactions + charGrams + crossBuckets;
    }

    public static final List<String> STOPWORDS = List.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for",
            "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him",
            "them", "us", "me", "has", "have", "had", "will", "would", "shall", "which", "who", "whom", "there",
            "here", "than", "then", "so", "if", "about", "into", "over", "after", "before", "up", "out", "also",
            "said", "says", "s", "'s", "rt", "just", "do", "does", "did", "can", "all", "more", "one", "some");

    public static final List<String> REFUTING = List.of("fake", "fraud", "hoax", "hoaxes", "false", "falsely", "deny",
            "denies", "denied", "denial", "refute", "refutes", "refuted", "debunk", "debunked", "debunks", "bogus",
            "lie", "lies", "lied", "lying", "liar", "liars", "untrue", "wrong", "myth", "nonsense", "propaganda",
            "misleading", "retract", "retracted", "retraction", "doubt", "doubts", "dispute", "disputed", "rubbish",
            "prank", "pranks", "incorrect", "fabricated", "baseless", "excuse", "satire", "unfounded", "rumor",
            "rumour", "troll", "trolls", "ridiculous", "absurd", "stupid", "idiot", "nope", "bullshit", "bs");

    public static final List<String> NEGATION = List.of("not", "no", "never", "n't", "nothing", "nobody", "none",
            "neither", "nor", "cannot", "without", "hardly", "nowhere", "isnt", "dont", "doesnt", "didnt", "wasnt",
            "arent", "cant", "wont");

    public static final List<String> HEDGING = List.of("allegedly", "alleged", "reportedly", "reported", "may", "might",
            "could", "possibly", "perhaps", "apparently", "claim", "claims", "claimed", "claiming", "rumors",
            "rumours", "unconfirmed", "unverified", "suggest", "suggests", "seems", "seem", "appears", "likely",
            "unclear", "purportedly", "supposedly", "believed", "according", "if", "report", "reports");

    public static final List<String> QUESTION_WORDS = List.of("what", "why", "how", "who", "where", "when", "is", "are",
            "does", "do", "did", "can", "could", "really", "any", "source", "proof", "confirmed");
}
