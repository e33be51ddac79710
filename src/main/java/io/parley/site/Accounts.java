package io.parley.site;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** People (BCrypt passwords, roles per site) and per-site API keys (only a SHA-256 of the key is stored). */
@Service
public class Accounts implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcTemplate jdbc;
    private final SiteDirectory sites;
    private final AuditLog audit;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();

    Accounts(JdbcTemplate jdbc, SiteDirectory sites, AuditLog audit) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
    }

    public PasswordEncoder passwordEncoder() {
        return passwords;
    }

    /**
     * Creates the user if new and grants the role; admin needs no site. An existing user keeps their
     * password: a password sent for one is refused rather than ignored, because the caller would believe
     * it set. Changing it here is not an option either: any site's owner could then take over a user of
     * another site, or an admin.
     */
    @Transactional
    public void addUser(String username, String password, Role role, String siteSlug, String actor) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new InvalidSettings("username", "1-64 letters, digits or . _ @ -");
        }
        if (role == Role.MACHINE) {
            throw new InvalidSettings("role", "must be moderator, owner or admin");
        }
        Long siteId = null;
        if (role != Role.ADMIN) {
            if (siteSlug == null) {
                throw new InvalidSettings("site", "a moderator or owner belongs to a site");
            }
            siteId = sites.require(siteSlug).id();
        }
        List<Long> existing = jdbc.queryForList("SELECT id FROM users WHERE username = ?", Long.class, username);
        // An empty password field is what the people form sends when it is left blank.
        boolean passwordGiven = password != null && !password.isEmpty();
        long userId;
        if (existing.isEmpty()) {
            // "Alice" beside "alice" was a second account with its own password: the owner meant to grant alice a
            // role, and the audit trail and decisions then showed two people who read as one
            List<String> sameButCase = jdbc.queryForList("SELECT username FROM users WHERE lower(username) = lower(?)"
                    + " LIMIT 1", String.class, username);
            if (!sameButCase.isEmpty()) {
                throw new InvalidSettings("username", "user '" + sameButCase.get(0) + "' already exists, and user names"
                        + " may not differ only in letter case: grant '" + sameButCase.get(0) + "' the role (without a password)");
            }
            if (password == null || password.isEmpty()) {
                throw new InvalidSettings("password", "no user '" + username + "' yet: a new user needs a password of at least 8 characters");
            }
            if (password.length() < 8) {
                throw new InvalidSettings("password", "at least 8 characters");
            }
            // BCrypt reads only the first 72 bytes; Spring's encoder refuses longer ones rather than cut them.
            if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
                throw new InvalidSettings("password", "must be at most 72 bytes (UTF-8)");
            }
            userId = jdbc.queryForObject("INSERT INTO users (username, password_hash) VALUES (?, ?) RETURNING id",
                    Long.class, username, passwords.encode(password));
        } else if (passwordGiven) {
            throw new InvalidSettings("password", "user '" + username + "' already exists and keeps their password;"
                    + " leave the password out to grant them a role");
        } else {
            userId = existing.get(0);
        }
        try {
            jdbc.update("INSERT INTO user_roles (user_id, site_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    userId, siteId, role.name().toLowerCase(java.util.Locale.ROOT));
        } catch (DuplicateKeyException ignored) {
            // already granted
        }
        audit.record(siteId, actor, "user.role.granted", username, Map.of("role", role.name()));
    }

    /**
     * Takes a site role away (the user and their other roles stay). The site's last owner cannot be
     * removed, so a site is never left without anyone who can configure it. False when the user did not
     * hold that role here.
     */
    @Transactional
    public boolean revokeRole(Site site, String username, Role role, String actor) {
        if (role != Role.MODERATOR && role != Role.OWNER) {
            throw new InvalidSettings("role", "a site role is moderator or owner");
        }
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        // Lock the site's owner rows so two owners removing each other at once cannot both succeed.
        List<String> owners = jdbc.queryForList("""
                SELECT u.username FROM user_roles r JOIN users u ON u.id = r.user_id
                WHERE r.site_id = ? AND r.role = 'owner' FOR UPDATE OF r""", String.class, site.id());
        if (role == Role.OWNER && owners.size() == 1 && owners.get(0).equals(username)) {
            throw new InvalidSettings("role", "the last owner of a site cannot be removed; make someone else owner first");
        }
        int n = jdbc.update("""
                DELETE FROM user_roles WHERE site_id = ? AND role = ?
                  AND user_id = (SELECT id FROM users WHERE username = ?)""", site.id(), name, username);
        if (n > 0) {
            audit.record(site.id(), actor, "user.role.revoked", username, Map.of("role", role.name()));
            return true;
        }
        if (!knownToSite(site, username)) {
            // a mistyped name must not read as "already removed"; nor may a user of another site answer otherwise than
            // a name no one has, or an owner could probe every site's people by name
            throw new UserNotFound(username);
        }
        return false;
    }

    /**
     * The user holds a role on the site, or held one (a grant or removal of theirs is in the site's audit trail, so a
     * repeated removal still answers "not held" rather than "no such user").
     */
    private boolean knownToSite(Site site, String username) {
        return !jdbc.queryForList("""
                SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.site_id = ? AND u.username = ?
                UNION ALL
                SELECT 1 FROM audit_events WHERE site_id = ? AND subject = ?
                  AND action IN ('user.role.granted', 'user.role.revoked')
                LIMIT 1""", Integer.class, site.id(), username, site.id(), username).isEmpty();
    }

    public boolean userExists(String username) {
        return !jdbc.queryForList("SELECT 1 FROM users WHERE username = ?", Integer.class, username).isEmpty();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<String> hash = jdbc.queryForList("SELECT password_hash FROM users WHERE username = ?", String.class, username);
        if (hash.isEmpty()) {
            throw new UsernameNotFoundException(username);
        }
        return new ParleyUser(username, hash.get(0), caller(username));
    }

    /** The user's roles as stored now (a session's copy may be older: roles can be taken away). */
    Caller caller(String username) {
        Map<String, Set<Role>> roles = new HashMap<>();
        boolean[] admin = {false};
        jdbc.query("""
                SELECT r.role, s.slug FROM user_roles r JOIN users u ON u.id = r.user_id
                LEFT JOIN sites s ON s.id = r.site_id WHERE u.username = ?""", rs -> {
            Role role = Role.parse(rs.getString(1));
            if (role == Role.ADMIN) {
                admin[0] = true;
            } else if (rs.getString(2) != null) {
                roles.computeIfAbsent(rs.getString(2), k -> EnumSet.noneOf(Role.class)).add(role);
            }
        }, username);
        return new Caller(username, admin[0], roles);
    }

    /** Every user with each role (site slug, or none for admin), for the administrator's page. */
    public List<Map<String, Object>> allUsers() {
        return jdbc.queryForList("""
                SELECT u.username, r.role, s.slug AS site, u.created_at FROM users u
                LEFT JOIN user_roles r ON r.user_id = u.id LEFT JOIN sites s ON s.id = r.site_id
                ORDER BY u.username, s.slug NULLS FIRST, r.role""");
    }

    public List<Map<String, Object>> users(long siteId) {
        return jdbc.queryForList("""
                SELECT u.username, r.role, u.created_at FROM user_roles r JOIN users u ON u.id = r.user_id
                WHERE r.site_id = ? ORDER BY u.username, r.role""", siteId);
    }

    /** Issues a key for a site; the plaintext is returned once and never stored. */
    @Transactional
    public String issueApiKey(Site site, String label, String actor) {
        StorableText.require("label", label);
        if (label != null && label.length() > 100) {
            // the people page lists every key with its label: keep it a label (the form says 100 too)
            throw new InvalidSettings("label", "at most 100 characters");
        }
        String prefix = random(10);
        String key = "pk_" + prefix + "_" + random(32);
        jdbc.update("INSERT INTO api_keys (site_id, prefix, key_hash, label) VALUES (?, ?, ?, ?)",
                site.id(), prefix, sha256(key), label == null ? "" : label);
        audit.record(site.id(), actor, "apikey.issued", prefix, Map.of("label", label == null ? "" : label));
        return key;
    }

    /**
     * @return true when the key was revoked now, false when it already was (a retried revoke is no error)
     * @throws ApiKeyNotFound when the site never had a key with this prefix: a typo must not read as done
     */
    @Transactional
    public boolean revokeApiKey(Site site, String prefix, String actor) {
        int n = jdbc.update("UPDATE api_keys SET revoked_at = now() WHERE site_id = ? AND prefix = ? AND revoked_at IS NULL",
                site.id(), prefix);
        if (n > 0) {
            audit.record(site.id(), actor, "apikey.revoked", prefix, Map.of());
            return true;
        }
        if (jdbc.queryForList("SELECT 1 FROM api_keys WHERE site_id = ? AND prefix = ?", site.id(), prefix).isEmpty()) {
            throw new ApiKeyNotFound(prefix);
        }
        return false;
    }

    public List<Map<String, Object>> apiKeys(Site site) {
        return jdbc.queryForList("SELECT prefix, label, created_at, revoked_at FROM api_keys WHERE site_id = ? ORDER BY id",
                site.id());
    }

    /** The caller an API key stands for, if the key is valid and not revoked. */
    public Optional<Caller> authenticateKey(String key) {
        if (key == null || !key.startsWith("pk_") || key.length() > 100) {
            return Optional.empty();
        }
        String[] parts = key.split("_", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT k.key_hash, s.slug FROM api_keys k JOIN sites s ON s.id = k.site_id
                WHERE k.prefix = ? AND k.revoked_at IS NULL""", parts[1]);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String stored = (String) rows.get(0).get("key_hash");
        if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), sha256(key).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String slug = (String) rows.get(0).get("slug");
        return Optional.of(new Caller("apikey:" + parts[1], false, Map.of(slug, Set.of(Role.MACHINE))));
    }

    private static String random(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
