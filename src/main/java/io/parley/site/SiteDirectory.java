package io.parley.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.AbuseLabel;
import io.parley.classification.CommentClassifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sites and their versioned settings. */
@Service
public class SiteDirectory {

    private static final RowMapper<Site> SITE = (rs, i) -> new Site(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ObjectProvider<CommentClassifier> models;
    /** Sites never change slug or id, so they are cached per instance; settings are always read fresh. */
    private final Map<String, Site> bySlug = new ConcurrentHashMap<>();

    SiteDirectory(JdbcTemplate jdbc, ObjectMapper json, AuditLog audit, ObjectProvider<CommentClassifier> models) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.models = models;
    }

    /**
     * The abuse labels settings can set thresholds for: the served model's, in its order, with the names people
     * read; empty when no model is loaded.
     */
    public List<AbuseLabel> labels() {
        CommentClassifier served = models.getIfAvailable();
        return served == null ? List.of() : served.labels();
    }

    /**
     * Labels the settings name that the served model does not score (e.g. after a model with fewer labels replaced
     * the one they were saved under): the policy skips them, and saving the settings again needs them removed.
     */
    public List<String> unservedLabels(SiteSettings settings) {
        List<AbuseLabel> served = labels();
        if (served.isEmpty()) {
            return List.of();
        }
        List<String> names = served.stream().map(AbuseLabel::name).toList();
        return settings.thresholds().keySet().stream().filter(l -> !names.contains(l)).sorted().toList();
    }

    /** Who moves a site on the old constant defaults to the served model's (the settings history shows it). */
    static final String DEFAULTS_ACTOR = "parley (defaults of the served abuse model)";

    /**
     * Sites still on defaults move to the served model's defaults: those whose current thresholds are the constants
     * every site got before model files stated their own ({@link SiteSettings#LEGACY_DEFAULTS}), and those whose
     * thresholds no person ever changed (every version since the site was created with the defaults of its day either
     * kept the thresholds or was a move by {@link #DEFAULTS_ACTOR}), for the same labels: the defaults of an earlier
     * model file, chosen for that model's scores, not by the owner (issue 19: a model whose scores or defaults change
     * moves the sites on the defaults). Each move is a new settings version by {@link #DEFAULTS_ACTOR}. Sites with
     * thresholds of their own are left as they are; the settings page shows them the model's defaults
     * ({@link #modelDefaultsDiffer}). Returns how many sites moved.
     */
    public int moveToModelDefaults() {
        List<AbuseLabel> served = labels();
        if (served.stream().noneMatch(AbuseLabel::hasDefaults)) {
            return 0;
        }
        Map<String, Thresholds> target = SiteSettings.defaultThresholds(served);
        int moved = 0;
        for (Site site : all()) {
            VersionedSettings current = settings(site.id());
            Map<String, Thresholds> t = current.settings().thresholds();
            if (current.version() > 0 && !t.equals(target)
                    && (onLegacyDefaults(t) || t.keySet().equals(target.keySet()) && neverChosen(site.id()))) {
                save(site.id(), current.settings().withThresholds(target), DEFAULTS_ACTOR);
                moved++;
            }
        }
        return moved;
    }

    /** Whether no person changed the site's thresholds since it was created with the defaults of its day. */
    private boolean neverChosen(long siteId) {
        List<VersionedSettings> h = history(siteId);
        for (int i = 0; i + 1 < h.size(); i++) { // newest first
            VersionedSettings v = h.get(i);
            if (!v.settings().thresholds().equals(h.get(i + 1).settings().thresholds())
                    && !DEFAULTS_ACTOR.equals(v.changedBy())) {
                return false;
            }
        }
        return !h.isEmpty() && h.get(h.size() - 1).version() == 1;
    }

    private static boolean onLegacyDefaults(Map<String, Thresholds> t) {
        return !t.isEmpty() && t.entrySet().stream()
                .allMatch(e -> e.getValue().equals(SiteSettings.LEGACY_DEFAULTS.get(e.getKey())));
    }

    /**
     * The served model's default thresholds for the labels where {@code settings} differ from them (empty when the
     * model states none, or the settings are on them): the settings page shows these, since thresholds chosen for
     * another model's scores may hold far more or far less on this one.
     */
    public Map<String, Thresholds> modelDefaultsDiffer(SiteSettings settings) {
        List<AbuseLabel> served = labels();
        Map<String, Thresholds> out = new java.util.LinkedHashMap<>();
        for (AbuseLabel l : served) {
            if (l.hasDefaults()) {
                Thresholds d = new Thresholds(l.defaultHold(), l.defaultReject());
                if (!d.equals(settings.thresholds().get(l.name()))) {
                    out.put(l.name(), d);
                }
            }
        }
        return out;
    }

    /** Whether any comment has reached the site: the pages of a new site say how to send some instead of empty charts. */
    public boolean hasComments(long siteId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM comments WHERE site_id = ?)",
                Boolean.class, siteId));
    }

    public Optional<Site> find(String slug) {
        Site cached = bySlug.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Site> found = jdbc.query("SELECT id, slug, name FROM sites WHERE slug = ?", SITE, slug);
        found.forEach(s -> bySlug.put(s.slug(), s));
        return found.stream().findFirst();
    }

    public Site require(String slug) {
        return find(slug).orElseThrow(() -> new SiteNotFound(slug));
    }

    public Optional<Site> byId(long id) {
        return jdbc.query("SELECT id, slug, name FROM sites WHERE id = ?", SITE, id).stream().findFirst();
    }

    public List<Site> all() {
        return jdbc.query("SELECT id, slug, name FROM sites ORDER BY slug", SITE);
    }

    /** The longest site name (the admin page's form says so too). */
    public static final int MAX_NAME = 200;

    @Transactional
    public Site create(String slug, String name, String actor) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new InvalidSettings("slug", "lower-case letters, digits and '-', 1-63 characters, starting with a letter or digit");
        }
        StorableText.require("name", name);
        if (name != null && name.length() > MAX_NAME) {
            // every page's header and the site list show it: a name, not a document
            throw new InvalidSettings("name", "at most " + MAX_NAME + " characters, got " + name.length());
        }
        try {
            Long id = jdbc.queryForObject("INSERT INTO sites (slug, name) VALUES (?, ?) RETURNING id", Long.class,
                    slug, name == null || name.isBlank() ? slug : name);
            insertSettings(id, 1, SiteSettings.defaults(labels()), actor);
            audit.record(id, actor, "site.created", slug, Map.of("name", name == null ? slug : name));
            return new Site(id, slug, name == null || name.isBlank() ? slug : name);
        } catch (DuplicateKeyException e) {
            throw new SiteAlreadyExists(slug);
        }
    }

    public VersionedSettings settings(long siteId) {
        return jdbc.query("""
                        SELECT version, settings, changed_by, changed_at FROM site_settings
                        WHERE site_id = ? ORDER BY version DESC LIMIT 1""",
                (rs, i) -> new VersionedSettings(rs.getInt(1), parse(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)), siteId).stream().findFirst()
                .orElseGet(() -> new VersionedSettings(0, SiteSettings.defaults(labels()), "system", null));
    }

    public List<VersionedSettings> history(long siteId) {
        return jdbc.query("""
                        SELECT version, settings, changed_by, changed_at FROM site_settings
                        WHERE site_id = ? ORDER BY version DESC""",
                (rs, i) -> new VersionedSettings(rs.getInt(1), parse(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)), siteId);
    }

    /** Checks proposed settings without saving them. */
    public void validate(SiteSettings proposed) {
        SettingsValidation.check(labels(), proposed);
    }

    /** Validates and stores a new version; concurrent saves cannot both get the same version (primary key). */
    @Transactional
    public VersionedSettings save(long siteId, SiteSettings proposed, String actor) {
        return save(siteId, proposed, actor, null);
    }

    /**
     * As {@link #save(long, SiteSettings, String)}, refused with {@link SettingsChangedMeanwhile} when {@code basedOn}
     * (the version the editor started from; null: no check) is no longer the current version.
     */
    @Transactional
    public VersionedSettings save(long siteId, SiteSettings proposed, String actor, Integer basedOn) {
        SettingsValidation.checkSavable(labels(), proposed);
        jdbc.queryForObject("SELECT id FROM sites WHERE id = ? FOR UPDATE", Long.class, siteId);
        VersionedSettings current = settings(siteId);
        if (basedOn != null && basedOn != current.version()) {
            throw new SettingsChangedMeanwhile(basedOn, current);
        }
        if (proposed.sameMeaningAs(current.settings())) {
            // A save that changes nothing (the form sent back as it was, a PUT retried) was a new version with old and
            // new alike in the audit, and made a colleague's open Settings page refuse its save as "changed meanwhile";
            // stanceActions null or a stance outcome set to publish changes nothing either
            return current;
        }
        int version = current.version() + 1;
        insertSettings(siteId, version, proposed, actor);
        audit.record(siteId, actor, "settings.saved", "v" + version,
                Map.of("from", current.version(), "old", current.settings(), "new", proposed));
        return settings(siteId);
    }

    private void insertSettings(long siteId, int version, SiteSettings settings, String actor) {
        try {
            jdbc.update("INSERT INTO site_settings (site_id, version, settings, changed_by) VALUES (?, ?, ?::jsonb, ?)",
                    siteId, version, json.writeValueAsString(settings), actor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SiteSettings parse(String raw) {
        try {
            return json.readValue(raw, SiteSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are unreadable: " + e.getMessage(), e);
        }
    }
}
