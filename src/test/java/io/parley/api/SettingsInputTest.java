package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings without thresholds would switch abuse moderation off: saving them is a 422, previewing them is not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsInputTest extends IntegrationTest {

    Site site;
    Api owner;

    @BeforeAll
    void seed() {
        site = sites.create("settings-input", "Settings", "test");
        accounts.addUser("settings-owner", "owner-password-1", Role.OWNER, "settings-input", "test");
        owner = new Api(port, Api.basic("settings-owner", "owner-password-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"thresholds\":null,", "\"thresholds\":{},", ""})
    void missingNullOrEmptyThresholdsAreRefusedAndNothingIsSaved(String thresholds) {
        int before = sites.settings(site.id()).version();
        String body = "{" + thresholds + "\"holdFirstComments\":false,\"queueOrder\":\"score\"}";
        Api.Response r = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("thresholds");
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);
        assertThat(sites.settings(site.id()).settings().thresholds()).isNotEmpty();

        Api.Response preview = owner.postJson("/api/v1/sites/settings-input/settings/preview?last=10", body);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    }
}
