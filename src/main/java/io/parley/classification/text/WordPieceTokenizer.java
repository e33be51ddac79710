package io.parley.classification.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The BERT uncased WordPiece tokenizer that e5-small-v2's {@code tokenizer.json} describes (BertNormalizer with
 * clean text, Chinese characters split, accents stripped, lower case; BertPreTokenizer; WordPiece with {@code ##}
 * continuations and 100 characters per word at most), in plain Java.
 *
 * <p>Why not the HuggingFace tokenizer through DJL: that is an 18 MB jar of native libraries for four platforms,
 * extracted to {@code ~/.djl.ai} at first use, for ~150 lines of rules. The rules here follow the Rust
 * implementation rule for rule (Rust's character classes, not Java's, where they differ), and
 * {@code WordPieceTokenizerTest} checks the ids against the DJL tokenizer on hard cases; the {@code -Peval}
 * variant does so on every text of the shared data sets. Only content tokens come out: the encoder adds
 * {@code [CLS]}/{@code [SEP]} after truncating. Immutable and thread-safe.
 */
final class WordPieceTokenizer {

    private static final int MAX_CHARS_PER_WORD = 100;

    private final Map<String, Integer> vocab;
    private final int unk;
    final int cls;
    final int sep;

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.unk = id(vocab, "[UNK]");
        this.cls = id(vocab, "[CLS]");
        this.sep = id(vocab, "[SEP]");
    }

    private static int id(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("tokenizer vocabulary has no " + token);
        }
        return id;
    }

    /** Reads the vocabulary of a HuggingFace {@code tokenizer.json} whose model is WordPiece. */
    static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IOException("tokenizer.json model is " + model.path("type").asText() + ", not WordPiece");
        }
        JsonNode normalizer = root.path("normalizer");
        if (!"BertNormalizer".equals(normalizer.path("type").asText()) || !normalizer.path("lowercase").asBoolean()) {
            throw new IOException("tokenizer.json normalizer is not the uncased BertNormalizer this tokenizer implements");
        }
        Map<String, Integer> vocab = new HashMap<>(40_000);
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieceTokenizer(vocab);
    }

    /** Content token ids of {@code text}, without special tokens and untruncated. */
    int[] tokenize(String text) {
        String normalized = normalize(text);
        IntList out = new IntList(Math.max(16, normalized.length() / 3));
        int n = normalized.length();
        int wordStart = -1;
        for (int i = 0; i < n; ) {
            int c = normalized.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isRustWhitespace(c)) {
                if (wordStart >= 0) {
                    wordPiece(normalized.substring(wordStart, i), out);
                    wordStart = -1;
                }
            } else if (isBertPunctuation(c)) {
                if (wordStart >= 0) {
                    wordPiece(normalized.substring(wordStart, i), out);
                    wordStart = -1;
                }
                wordPiece(normalized.substring(i, next), out);
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            wordPiece(normalized.substring(wordStart), out);
        }
        return out.toArray();
    }

    private void wordPiece(String word, IntList out) {
        if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                out.truncate(mark);
                out.add(unk);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    /** BertNormalizer: clean text, pad Chinese characters, strip accents (NFD, drop Mn), lower-case per character. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r' || isRustWhitespace(c)) {
                sb.append(' ');
            } else if (isChinese(c)) {
                sb.append(' ').appendCodePoint(c).append(' ');
            } else {
                sb.appendCodePoint(c);
            }
        }
        String s = sb.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (!ascii) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder stripped = new StringBuilder(nfd.length());
            for (int i = 0; i < nfd.length(); ) {
                int c = nfd.codePointAt(i);
                i += Character.charCount(c);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    stripped.appendCodePoint(c);
                }
            }
            s = stripped.toString();
        }
        StringBuilder lower = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x130) {
                // Rust's char::to_lowercase maps dotted capital I to "i" + combining dot (full mapping).
                lower.append("i\u0307");
            } else {
                lower.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return lower.toString();
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property (Java's isWhitespace omits no-break spaces). */
    static boolean isRustWhitespace(int c) {
        return switch (c) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** HuggingFace's is_control: the "other" categories (Cc, Cf, Cn, Co, Cs), except tab and line ends. */
    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE || t == Character.SURROGATE;
    }

    private static boolean isBertPunctuation(int c) {
        if (c < 0x80) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isChinese(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** A growable int array (token ids), so tokenising boxes nothing. */
    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        void truncate(int size) {
            n = size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
