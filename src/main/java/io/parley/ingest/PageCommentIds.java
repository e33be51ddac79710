package io.parley.ingest;

import io.parley.extraction.ExtractedComment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stored ids of a page's comments. A comment the page gives no id of its own gets one from its position
 * ({@code c1}, {@code c2}, … from the extractor), and positions move when the page is fetched again: a new comment
 * on top (newest first) or one deleted shifts every later one. Taken as they are, each stored id then arrives with
 * its neighbour's text, which first-write-wins keeps out, so the new comment was neither stored nor moderated and
 * the last one was stored twice. So on a page sent again a positional id goes by what it holds: the comment of the
 * same author and text stored for this article keeps its id; a text not stored yet takes its position's id when that
 * is free, else an id made from its author and text (stable, so a later fetch finds it by text as well).
 */
final class PageCommentIds {

    /** What the extractors give a comment without an id of its own (see CommentRecords.sourceId, TextExtractor). */
    private static final Pattern POSITIONAL = Pattern.compile("c\\d+");

    /** A comment already stored for the article: its external id, author and text. */
    record Stored(String externalId, String author, String text) {
    }

    private PageCommentIds() {
    }

    static boolean anyPositional(List<ExtractedComment> comments) {
        return comments.stream().anyMatch(c -> c.id() != null && POSITIONAL.matcher(c.id()).matches());
    }

    /**
     * @param stored the article's stored comments (empty for a new article: every id is then taken as it is)
     * @return the stored external id of each extracted id (a parent id not in the page keeps its plain form)
     */
    static Map<String, String> assign(String articleId, List<ExtractedComment> comments, List<Stored> stored) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        Set<String> storedIds = new HashSet<>();
        Map<String, Deque<String>> byContent = new HashMap<>();
        for (Stored s : stored) {
            storedIds.add(s.externalId());
            byContent.computeIfAbsent(key(s.author(), s.text()), k -> new ArrayDeque<>()).add(s.externalId());
        }
        for (ExtractedComment c : comments) {
            if (!isPositional(c)) {
                String id = IngestService.pageCommentId(articleId, c.id());
                out.put(c.id(), id);
                taken.add(id);
            }
        }
        // First the comments already stored, wherever they stand now, so none of their ids is given to a new one.
        for (ExtractedComment c : comments) {
            if (isPositional(c)) {
                Deque<String> same = byContent.get(key(c.author(), text(c)));
                while (same != null && !same.isEmpty()) {
                    String id = same.poll();
                    if (taken.add(id)) {
                        out.put(c.id(), id);
                        break;
                    }
                }
            }
        }
        for (ExtractedComment c : comments) {
            if (isPositional(c) && !out.containsKey(c.id())) {
                String id = IngestService.pageCommentId(articleId, c.id());
                for (int n = 0; storedIds.contains(id) || taken.contains(id); n++) {
                    id = articleId + "#h-" + IngestService.sha256(key(c.author(), text(c)) + "\u0000" + n).substring(0, 24);
                }
                out.put(c.id(), id);
                taken.add(id);
            }
        }
        return out;
    }

    private static boolean isPositional(ExtractedComment c) {
        return c.id() != null && POSITIONAL.matcher(c.id()).matches();
    }

    private static String text(ExtractedComment c) {
        return c.text() == null ? "" : c.text();
    }

    private static String key(String author, String text) {
        return (author == null ? "" : author) + "\u0000" + text;
    }
}
