package io.parley.moderation;

import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reasons a site offers for rejecting or escalating, managed by its owner: a code (stored with the
 * decision, stable for the export) and the label moderators see. Retiring a reason hides it from the
 * picker; decisions that used it keep showing its label.
 */
@Service
public class ReasonList {

    static final int MAX = 30;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ReasonList(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Choice(String code, String label) {
    }

    /** The reasons moderators may pick, in the owner's order. */
    public List<Choice> active(Site site) {
        return jdbc.query("SELECT code, label FROM moderation_reasons WHERE site_id = ? AND retired_at IS NULL ORDER BY position, id",
                (rs, i) -> new Choice(rs.getString(1), rs.getString(2)), site.id());
    }

    /** Code to label for every reason the site ever had, retired ones included (to show past decisions). */
    public Map<String, String> labels(Site site) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT code, label FROM moderation_reasons WHERE site_id = ? ORDER BY position, id",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                }, site.id());
        return out;
    }

    /** Adds a reason (or brings a retired one with the same code back under the new label). */
    @Transactional
    public Choice add(Site site, String owner, String label) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.length() > 80) {
            throw new InvalidModerationInput("label", "a reason of 1 to 80 characters");
        }
        String unstorable = StorableText.problem(l);
        if (unstorable != null) {
            // refused as the other label refusals are, so the Reasons page says it in its form (it was an error page)
            throw new InvalidModerationInput("label", unstorable);
        }
        String code = code(l);
        if (code.isEmpty()) {
            throw new InvalidModerationInput("label", "a reason needs at least one letter or digit");
        }
        if (active(site).size() >= MAX) {
            throw new InvalidModerationInput("label", "at most " + MAX + " reasons; retire one first");
        }
        if (active(site).stream().anyMatch(c -> c.code().equals(code))) {
            throw new InvalidModerationInput("label", "the site already has this reason");
        }
        jdbc.update("""
                INSERT INTO moderation_reasons (site_id, code, label, position)
                VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM moderation_reasons WHERE site_id = ?))
                ON CONFLICT (site_id, code) DO UPDATE SET label = excluded.label, retired_at = NULL,
                    position = excluded.position""", site.id(), code, l, site.id());
        audit.record(site.id(), owner, "reasons.added", "reason:" + code, Map.of("label", l));
        return new Choice(code, l);
    }

    /**
     * Hides a reason from the picker; true when this call retired it. Retiring it again is a no-op (a retried
     * DELETE), a code the site never had is {@link ReasonNotFound}.
     */
    @Transactional
    public boolean retire(Site site, String owner, String code) {
        int n = jdbc.update("UPDATE moderation_reasons SET retired_at = now() WHERE site_id = ? AND code = ? AND retired_at IS NULL",
                site.id(), code);
        if (n == 0) {
            Integer known = jdbc.queryForObject("SELECT count(*) FROM moderation_reasons WHERE site_id = ? AND code = ?",
                    Integer.class, site.id(), code);
            if (known == null || known == 0) {
                throw new ReasonNotFound(code);
            }
            return false;
        }
        audit.record(site.id(), owner, "reasons.retired", "reason:" + code, Map.of());
        return true;
    }

    /** The label of an active reason; a code the site does not offer is refused naming {@code field}. */
    public String require(Site site, String field, String code) {
        return active(site).stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst()
                .orElseThrow(() -> new InvalidModerationInput(field, "not one of this site's reasons"));
    }

    static String code(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String code = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return code.length() > 60 ? code.substring(0, 60) : code;
    }
}
