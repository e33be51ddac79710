package io.parley.classification.abuse.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.model.ModelArchive;
import io.parley.model.ProvenanceBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An unlabelled stream of real reader comments (the Dragnet training pages' comments, written by
 * {@code bench/abuse/dragnet_comments.py}: JSONL {id, page, text}) with the hand labels of the comments found
 * uncivil or borderline ({@code training-data/abuse/dragnet-labels.tsv}: id, sample, U|P|C, sha1 prefix of the text). The
 * pages are split in two by a hash of the page: the <em>tune</em> half chooses the cost the default holds derive
 * from, the <em>check</em> half is only reported (as in bench/abuse/calib_data.py).
 *
 * @param source   the comments file and its sha256 (provenance)
 * @param comments every comment, in file order
 */
public record CivilStream(String source, List<Comment> comments) {

    /** One comment: its label is U (uncivil), P (casual or quoted profanity), C (civil) or null (not labelled). */
    public record Comment(String id, String page, String text, String label) {
        /** Civil: not hand-labelled uncivil or borderline (the stream is about 1 % uncivil). */
        public boolean civil() {
            return label == null || "C".equals(label);
        }

        /** Which half of the pages: "tune" or "check". */
        public String half() {
            byte[] h = ProvenanceBuilder.sha256Bytes(page.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 2 == 0 ? "tune" : "check";
        }
    }

    /** Reads the stream and its hand labels (a label whose text digest no longer matches is not used). */
    public static CivilStream read(Path comments, Path labels) {
        try {
            Map<String, String[]> hand = new HashMap<>();
            if (labels != null && Files.isRegularFile(labels)) {
                for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f.length >= 4) {
                        hand.put(f[0], new String[]{f[2], f[3]});
                    }
                }
            }
            List<Comment> out = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(comments, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = FlaggedRates.jsonLine(comments, number, line, "text");
                String id = n.path("id").asText();
                String text = n.path("text").asText();
                String[] h = hand.get(id);
                String label = h != null && sha1(text).startsWith(h[1]) ? h[0] : null;
                out.add(new Comment(id, n.path("page").asText(id), text, label));
            }
            return new CivilStream(comments + " sha256 " + ProvenanceBuilder.sha256(comments), out);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(comments + " (or its labels) is not UTF-8 text; a stream is JSONL, one "
                    + "{id, page, text} a line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The civil comments of one half ("tune" or "check"). */
    public List<String> civil(String half) {
        return comments.stream().filter(c -> c.civil() && c.half().equals(half)).map(Comment::text).toList();
    }

    /** The hand-labelled uncivil comments. */
    public List<String> uncivil() {
        return comments.stream().filter(c -> "U".equals(c.label())).map(Comment::text).toList();
    }

    private static String sha1(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
