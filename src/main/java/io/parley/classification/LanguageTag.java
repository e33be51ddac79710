package io.parley.classification;

import java.util.regex.Pattern;

/**
 * What a caller may name as a text's language: an ISO 639 code with optional subtags (en, eng, en-GB, pt_BR,
 * zh-Hant-TW). A short comment takes its article's language instead of the detector's guess, so a garbage tag
 * would decide how it is scored; ingest and {@code /classify} both refuse one by this rule.
 */
public final class LanguageTag {

    /** Longer than any real tag a site sends (the ingest column takes 16 as well). */
    public static final int MAX_LENGTH = 16;
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private LanguageTag() {
    }

    /** @return whether {@code tag}, stripped, is a language tag of at most {@link #MAX_LENGTH} characters */
    public static boolean valid(String tag) {
        if (tag == null) {
            return false;
        }
        String t = tag.strip();
        return t.length() <= MAX_LENGTH && TAG.matcher(t).matches();
    }
}
