package io.parley.moderation;

import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who decided what about a comment, and when, read back from the audit log: its decisions, their undoing, reversals,
 * claim take-overs (an item's trail); and the site's log filtered by person, action and date, paged. A moderator reads
 * the moderation part of the site's log; keys, people, webhooks and site records are the owner's.
 */
@Service
public class AuditTrail {

    /** Action families a moderator may read on the site's log (the rest: api keys, roles, webhooks, sites). */
    public static final List<String> MODERATION = List.of("decision.", "outcome.", "claim.", "author.", "backlog.",
            "reasons.", "settings.", "model.", "article.");

    /** The most one page of the log shows. */
    public static final int MAX_PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    AuditTrail(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** An item's trail, oldest first: events on its comment, on the item, and on every decision taken on it. */
    public List<AuditLog.Entry> item(Site site, long itemId) {
        List<Long> comment = jdbc.queryForList("SELECT comment_id FROM review_items WHERE id = ? AND site_id = ?",
                Long.class, itemId, site.id());
        if (comment.isEmpty()) {
            throw new ItemNotFound(itemId);
        }
        return comment(site, comment.get(0));
    }

    /** A comment's trail, oldest first (as {@link #item}, over every item the comment had). */
    public List<AuditLog.Entry> comment(Site site, long commentId) {
        List<String> subjects = new ArrayList<>();
        subjects.add("comment:" + commentId);
        jdbc.queryForList("SELECT id FROM review_items WHERE comment_id = ? AND site_id = ?", Long.class, commentId,
                site.id()).forEach(i -> subjects.add("item:" + i));
        jdbc.queryForList("SELECT id FROM decisions WHERE comment_id = ? AND site_id = ?", Long.class, commentId,
                site.id()).forEach(d -> subjects.add("decision:" + d));
        List<AuditLog.Entry> newestFirst = audit.search(site.id(), AuditLog.Query.subjects(subjects), Long.MAX_VALUE, 1000);
        List<AuditLog.Entry> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * A filter on the site's log as asked for; blank values mean any.
     *
     * @param action an action (decision.reject) or a family (decision.)
     */
    public record Filter(String actor, String action, LocalDate from, LocalDate to) {
        public Filter {
            actor = blank(actor);
            action = blank(action);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * One page of the site's log, newest first, ids below {@code before}; {@code everything}: the caller is the site's
     * owner (else only {@link #MODERATION}'s families). A filter that cannot match (a backwards range, a text the
     * database cannot compare) is refused by name rather than answered with an empty page.
     */
    public List<AuditLog.Entry> page(Site site, Filter f, boolean everything, Long before, int limit) {
        for (String[] v : new String[][]{{"actor", f.actor()}, {"action", f.action()}}) {
            String problem = StorableText.problem(v[1]);
            if (problem != null) {
                throw new InvalidModerationInput(v[0], problem);
            }
        }
        if (f.actor() != null && f.actor().length() > 200) {
            throw new InvalidModerationInput("actor", "at most 200 characters");
        }
        if (f.action() != null && !f.action().matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)*\\.?")) {
            throw new InvalidModerationInput("action", "an action such as decision.reject, or a family such as decision.");
        }
        if (f.action() != null && !everything && MODERATION.stream().noneMatch(f.action()::startsWith)) {
            throw new InvalidModerationInput("action", "a moderator reads the moderation actions ("
                    + String.join(", ", MODERATION) + "); the rest of the log is the site owner's");
        }
        storableDate("from", f.from());
        storableDate("to", f.to());
        String backwards = Outcomes.Filter.backwardsRange(f.from(), f.to());
        if (backwards != null) {
            throw new InvalidModerationInput("from", backwards);
        }
        if (before != null && before < 1) {
            throw new InvalidModerationInput("before", "an event id, 1 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidModerationInput("limit", "between 1 and " + MAX_PAGE);
        }
        return audit.search(site.id(), new AuditLog.Query(f.actor(), f.action(), f.from(), f.to(), null,
                everything ? null : MODERATION), before == null ? Long.MAX_VALUE : before, limit);
    }

    /** A timestamp PostgreSQL holds (LocalDate parses years up to 999,999,999). */
    private static void storableDate(String field, LocalDate d) {
        if (d != null && (d.getYear() < 1970 || d.getYear() > 9999)) {
            throw new InvalidModerationInput(field, "a date between 1970 and 9999");
        }
    }

    /** Who appears in the site's log, and which actions, for the page's choices. */
    public List<String> actors(Site site, boolean everything) {
        return audit.distinct(site.id(), "actor", everything ? null : MODERATION);
    }

    public List<String> actions(Site site, boolean everything) {
        return audit.distinct(site.id(), "action", everything ? null : MODERATION);
    }
}
