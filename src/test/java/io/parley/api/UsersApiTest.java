package io.parley.api;

import io.parley.site.Role;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /users: BCrypt's 72-byte limit is a 422, and an existing user's password is never silently ignored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersApiTest extends IntegrationTest {

    Api owner;

    @BeforeAll
    void seed() {
        sites.create("users-api", "Users", "test");
        sites.create("users-api-other", "Other", "test");
        accounts.addUser("users-owner", "owner-password-1", Role.OWNER, "users-api", "test");
        accounts.addUser("elsewhere", "elsewhere-password", Role.MODERATOR, "users-api-other", "test");
        owner = new Api(port, Api.basic("users-owner", "owner-password-1"));
    }

    private Api.Response add(String username, String password) {
        Map<String, String> body = password == null ? Map.of("username", username, "role", "moderator")
                : Map.of("username", username, "password", password, "role", "moderator");
        return owner.postJson("/api/v1/sites/users-api/users", body);
    }

    private boolean moderatesHere(String username) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id JOIN sites s ON s.id = r.site_id
                WHERE u.username = ? AND s.slug = 'users-api'""", Integer.class, username) > 0;
    }

    @Test
    void aPasswordOver72BytesIsRefusedNamingTheFieldAndNoUserIsMade() {
        for (String password : new String[]{"x".repeat(73), "\u00e9".repeat(37)}) {
            Api.Response r = add("too-long", password);
            assertThat(r.status()).as(r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("password");
            assertThat(r.json().get("fields").get(0).get("message").asText()).isEqualTo("must be at most 72 bytes (UTF-8)");
        }
        assertThat(accounts.userExists("too-long")).isFalse();

        assertThat(add("just-fits", "y".repeat(72)).status()).isEqualTo(201);
        assertThat(new Api(port, Api.basic("just-fits", "y".repeat(72))).get("/api/v1/sites/users-api/queue").status())
                .isEqualTo(200);
    }

    @Test
    void aPasswordForAnExistingUserIsRefusedAndTheirsStays() {
        Api.Response r = add("elsewhere", "owner-chosen-password");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("password");
        assertThat(r.json().get("detail").asText()).contains("already exists", "leave the password out");
        assertThat(moderatesHere("elsewhere")).as("nothing granted").isFalse();
        Api asThem = new Api(port, Api.basic("elsewhere", "owner-chosen-password"));
        assertThat(asThem.get("/api/v1/sites/users-api-other/queue").status()).isEqualTo(401);

        // Without a password (or with the empty one a blank form field sends) the role is granted.
        assertThat(add("elsewhere", null).status()).isEqualTo(201);
        assertThat(add("elsewhere", "").status()).isEqualTo(201);
        assertThat(moderatesHere("elsewhere")).isTrue();
        assertThat(new Api(port, Api.basic("elsewhere", "elsewhere-password")).get("/api/v1/sites/users-api/queue").status())
                .isEqualTo(200);
    }

    @Test
    void anOwnerCannotMakeAnAdminAndIsToldWhy() {
        Api.Response r = owner.postJson("/api/v1/sites/users-api/users",
                Map.of("username", "would-be-admin", "password", "admin-password-1", "role", "admin"));
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().get("detail").asText()).isEqualTo("only an admin can make someone an admin");
        assertThat(accounts.userExists("would-be-admin")).isFalse();
    }

    /**
     * GET /users and /api-keys answered with the columns' snake case ({@code created_at}, {@code revoked_at}, times at
     * {@code +00:00}), the only ones in the API: every other answer writes {@code createdAt} and UTC with {@code Z}
     * (found by trial8).
     */
    @Test
    void usersAndKeysAreListedInTheApisCamelCase() {
        Api.Response issued = owner.postJson("/api/v1/sites/users-api/api-keys", Map.of("label", "to revoke"));
        String prefix = issued.json().get("apiKey").asText().substring(3, 13);
        assertThat(owner.delete("/api/v1/sites/users-api/api-keys/" + prefix).status()).isEqualTo(200);
        Api.Response keys = owner.get("/api/v1/sites/users-api/api-keys");
        assertThat(keys.status()).as(keys.body()).isEqualTo(200);
        Api.Response users = owner.get("/api/v1/sites/users-api/users");
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(keys.body() + users.body()).doesNotContain("created_at", "revoked_at", "+00:00");
        com.fasterxml.jackson.databind.JsonNode revoked = null;
        for (com.fasterxml.jackson.databind.JsonNode k : keys.json()) {
            if (k.get("prefix").asText().equals(prefix)) {
                revoked = k;
            }
        }
        assertThat(revoked).as(keys.body()).isNotNull();
        assertThat(java.time.OffsetDateTime.parse(revoked.get("createdAt").asText()))
                .isBeforeOrEqualTo(java.time.OffsetDateTime.parse(revoked.get("revokedAt").asText()));
        assertThat(users.json().get(0).get("createdAt").asText()).endsWith("Z");
    }
}
