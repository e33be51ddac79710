package io.parley.web;

import io.parley.site.Role;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner takes a role away and it counts at once, also for a session that was already logged in;
 * the site's last owner cannot be removed, so no site is left without anyone to configure it.
 */
class RoleRemovalTest extends IntegrationTest {

    @Test
    void aRemovedModeratorLosesTheSiteAtTheNextRequest() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        f.site("roles", "Roles");
        f.site("roles-other", "Other");
        f.user("roles-owner", Role.OWNER, "roles");
        f.user("roles-mod", Role.MODERATOR, "roles");
        f.user("roles-mod", Role.MODERATOR, "roles-other");

        WebSession mod = WebSession.login(port, "roles-mod");
        assertThat(mod.get("/sites/roles/queue").statusCode()).isEqualTo(200);

        WebSession owner = WebSession.login(port, "roles-owner");
        String people = owner.get("/sites/roles/people").body();
        assertThat(people).contains("Remove moderator role from roles-mod");
        HttpResponse<String> after = owner.post("/sites/roles/people/roles-mod/moderator/remove",
                "_csrf=" + WebSession.csrf(people));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Removed moderator from roles-mod")
                .doesNotContain("Remove moderator role from roles-mod");

        // The moderator's session is still valid, but this site is gone for them; their other site is not.
        assertThat(mod.get("/sites/roles/queue").statusCode()).isEqualTo(404);
        assertThat(mod.get("/sites/roles-other/queue").statusCode()).isEqualTo(200);
        assertThat(new Api(port, Api.basic("roles-mod", WebFixtures.PASSWORD)).get("/api/v1/sites/roles/queue").status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_events a JOIN sites s ON s.id = a.site_id
                WHERE s.slug = 'roles' AND a.action = 'user.role.revoked' AND a.subject = 'roles-mod'
                  AND a.actor = 'roles-owner'""", Integer.class)).isEqualTo(1);

        // Through the API: removing it again changes nothing; the last owner stays.
        Api ownerApi = new Api(port, Api.basic("roles-owner", WebFixtures.PASSWORD));
        Api.Response again = ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-mod/roles/moderator", "application/json", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("revoked").asBoolean()).isFalse();
        Api.Response last = ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-owner/roles/owner", "application/json", null);
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.body()).contains("last owner");
        assertThat(owner.get("/sites/roles/settings").statusCode()).isEqualTo(200);

        // The audit trail through the API gives each entry's details as a JSON object (was a string holding JSON)
        com.fasterxml.jackson.databind.JsonNode revoked = null;
        for (com.fasterxml.jackson.databind.JsonNode e : ownerApi.get("/api/v1/sites/roles/audit").json()) {
            if (e.get("action").asText().equals("user.role.revoked")) {
                revoked = e;
            }
        }
        assertThat(revoked).isNotNull();
        assertThat(revoked.get("details").isObject()).as(revoked.toString()).isTrue();
        assertThat(revoked.get("details").get("role").asText()).isEqualTo("MODERATOR");

        // A user of another site only is answered as a name no one has (was 200 revoked:false, which told an owner that
        // the name exists elsewhere); a user the site had (in its audit trail) still answers revoked:false.
        f.user("roles-elsewhere", Role.MODERATOR, "roles-other");
        Api.Response elsewhere = ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-elsewhere/roles/moderator",
                "application/json", null);
        Api.Response nobody = ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-nobody1/roles/moderator",
                "application/json", null);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(404);
        assertThat(elsewhere.body().replace("roles-elsewhere", "X")).isEqualTo(nobody.body().replace("roles-nobody1", "X"));
        assertThat(ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-elsewhere/roles/owner", "application/json", null)
                .status()).isEqualTo(404);
        assertThat(ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-owner/roles/moderator", "application/json", null)
                .json().path("revoked").asBoolean()).isFalse();

        // With a second owner, the first may step down.
        f.user("roles-owner2", Role.OWNER, "roles");
        assertThat(ownerApi.call("DELETE", "/api/v1/sites/roles/users/roles-owner/roles/owner", "application/json", null)
                .json().path("revoked").asBoolean()).isTrue();
        assertThat(owner.get("/sites/roles/settings").statusCode()).isEqualTo(404);
    }
}
