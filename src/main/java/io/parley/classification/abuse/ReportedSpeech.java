package io.parley.classification.abuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abuse a comment reports rather than commits (issue 19): words someone else said, quoted or after a reporting frame
 * ("he called me a 'stupid cow' at the meeting", "the troll wrote that reporters are lying scum", "she told me I was
 * a moron"). The n-gram heads and the mean-pooled sentence vector cannot tell these from the abuse itself, so the
 * target of abuse who reports it was held (suites 1-2: 29 of 35 such comments).
 *
 * <p>Only speech attributed to someone else counts: a reporting verb whose subject is not the writer ("I called him
 * a moron" is the writer's own abuse), and no second-person word outside the reported words: abuse merely wrapped in
 * quotation marks and aimed at a reader ("'Stupid cow' is exactly what you are") keeps its score, as does any abuse
 * the rest of the comment carries (the masked text is scored too, and the discount never goes below it).
 */
final class ReportedSpeech {

    private ReportedSpeech() {
    }

    /** What replaces each reported span in the masked text: a neutral noun the frames read naturally with. */
    static final String PLACEHOLDER = "something";

    /** Verbs and nouns that attribute the words next to them to a speaker or a writer. */
    private static final String CUE = "call(?:ed|ing|s)?|said|says|saying|told|tells|telling|yell(?:ed|ing|s)?"
            + "|shout(?:ed|ing|s)?|scream(?:ed|ing|s)?|wrote|writes|writing|e-?mail(?:ed)?|text(?:ed|ing)|messag(?:ed|es)"
            + "|post(?:ed|ing)|tweet(?:ed|ing)|comment(?:ed|ing)|read|reads|reading|chant(?:ed|ing)|mutter(?:ed)|hiss(?:ed)"
            + "|label(?:l)?ed|branded|dubbed|accus(?:ed|ing)|heckl(?:ed|ing)|sprayed|spray-painted|painted|scrawled"
            + "|graffiti|voicemail|letter|note|sign|slurs?|hate mail";
    private static final Pattern CUE_BEFORE = Pattern.compile("\\b(?:" + CUE + ")\\b[^.!?\"“”]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    /** '"...", he said' / '... wrote the troll': the cue right after the quotation. */
    private static final Pattern CUE_AFTER = Pattern.compile("^[,:]?\\s*(?:(?:he|she|they|someone|somebody|"
            + "(?:the|a|an|one|my|our|his|her|some)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+)?(?:" + CUE + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** A quotation: double quotes, curly quotes, or single quotes that open and close at word edges. */
    private static final Pattern QUOTE = Pattern.compile(
            "\"([^\"\\n]{1,200})\"|“([^”\\n]{1,200})”|(?<![\\w'])'([^'\\n]{1,200}?)'(?![\\w'])");
    /**
     * Unquoted reported words: a frame ("called me a", "told him he was", "said that I'm", "yelled that we were")
     * and the rest of its clause.
     */
    private static final Pattern FRAME = Pattern.compile("\\b(?:(?:call(?:ed|ing|s)?)\\s+(?:me|us|him|her|them|"
            + "(?:my|our|his|her|their|the)\\s+[\\w-]+)\\s+(?:an?\\s+)?"
            + "|(?:told|tells|telling|said|says|saying|yell(?:ed|ing)|shout(?:ed|ing)|scream(?:ed|ing)|wrote|"
            + "posted|texted|e-?mailed)\\s+(?:(?:me|us|him|her|them|(?:my|our|his|her)\\s+[\\w-]+)\\s+)?(?:that\\s+)?"
            + "(?:(?:i|we|he|she|they)\\s+(?:was|were|am|are|is)|i'm|we're|he's|she's|they're|"
            + "(?:my|our|his|her)\\s+[\\w-]+\\s+(?:was|were|is|are))\\s+(?:an?\\s+)?"
            + "|(?:told|tells|telling)\\s+(?:me|us|him|her|them|(?:my|our|his|her)\\s+[\\w-]+)\\s+to\\s+"
            + "|(?:was|were|been|being|get|got|gets|getting)\\s+called\\s+(?:an?\\s+)?"
            + "|threaten(?:ed|ing|s)?\\s+to\\s+)"
            + "([^.!?;\"“”\\n]{1,120})", Pattern.CASE_INSENSITIVE);
    /** Every {@link #FRAME} holds one of these. */
    private static final List<String> FRAME_STEMS = List.of("call", "told", "tell", "said", "say", "yell", "shout",
            "scream", "wrote", "posted", "texted", "mailed", "threaten");
    /** The writer as the speaker: their own abuse of someone, not a report of it. */
    private static final Pattern WRITER_SPEAKS = Pattern.compile("\\b(?:i|we|i've|we've|i'd|we'd)\\s+(?:\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** ... but "I was called", "we've been told": the writer is the one spoken to. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|being|get|got|gets|getting|keep|kept)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_FRAME = Pattern.compile("(?:was|were|been|being|get|got|gets|getting)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "The troll who wrote this piece is a ...": the verb describes someone, it reports nothing. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|which|that)\\s+$", Pattern.CASE_INSENSITIVE);
    /** Thanks are no address: "Thank you to the neighbors who helped" must not keep a report's score. */
    private static final Pattern THANKS = Pattern.compile("\\bthank(?:s| you)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_PERSON = Pattern.compile(
            "\\b(?:you|your|you're|youre|yours|yourself|yourselves|ya|u|ur|y'all|yall)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The comment with the words it reports replaced by {@link #PLACEHOLDER}, or null when it reports none (or
     * addresses the reader outside them, or the writer is the speaker).
     */
    static String masked(String text) {
        if (text == null || text.length() > 2000) {
            return null;
        }
        // most comments have neither quotation marks nor a frame's verb: plain scans, before any pattern runs (the
        // patterns on every comment cost as much as the n-gram model's scoring)
        String lower = text.toLowerCase(Locale.ROOT);
        boolean quoted = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || opensSingleQuote(text);
        boolean framed = false;
        for (String stem : FRAME_STEMS) {
            if (lower.contains(stem)) {
                framed = true;
                break;
            }
        }
        if (!quoted && !framed) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (quoted && q.find()) {
            String before = text.substring(Math.max(0, q.start() - 80), q.start());
            Matcher cb = CUE_BEFORE.matcher(before);
            boolean cued = cb.find() && !writerSpeaks(before.substring(0, cb.start()))
                    && !RELATIVE.matcher(before.substring(0, cb.start())).find();
            cued = cued || CUE_AFTER.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 60))).find();
            if (cued) {
                spans.add(new int[]{q.start(), q.end()});
            }
        }
        Matcher f = FRAME.matcher(text);
        while (framed && f.find()) {
            String clause = f.group(1).trim();
            boolean passive = PASSIVE_FRAME.matcher(f.group()).lookingAt();
            if (!clause.matches("(?i)(?:an?)?") && !SECOND_PERSON.matcher(clause).find()
                    && (passive || !writerSpeaks(text.substring(Math.max(0, f.start() - 20), f.start())))) {
                spans.add(new int[]{f.start(1), f.end(1)});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at || out.length() > 0 && text.substring(at, s[0]).isBlank()) {
                // overlapping spans (a frame's clause that holds a quotation): extend the one already masked
                if (s[1] > at) {
                    at = s[1];
                }
                continue;
            }
            out.append(text, at, s[0]).append(PLACEHOLDER);
            at = s[1];
        }
        out.append(text, at, text.length());
        String m = out.toString();
        if (SECOND_PERSON.matcher(THANKS.matcher(m).replaceAll("thanks")).find()) {
            return null;
        }
        return m;
    }

    /** A single quote that can open a quotation (not an apostrophe inside a word: "don't"). */
    private static boolean opensSingleQuote(String text) {
        for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '\'') {
                return true;
            }
        }
        return false;
    }

    private static boolean writerSpeaks(String before) {
        String b = before.toLowerCase(Locale.ROOT);
        return WRITER_SPEAKS.matcher(b).find() && !PASSIVE.matcher(b).find();
    }
}
