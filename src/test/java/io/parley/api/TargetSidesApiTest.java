package io.parley.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site target's side sentences through the API: saved as a settings version (history, audit, preview as for any
 * target edit), read back, documented in OpenAPI; too many, too long, blank, one-sided or for no target is a 422
 * problem naming the field, and nothing is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetSidesApiTest extends IntegrationTest {

    Site site;
    Api owner;

    @BeforeAll
    void seed() {
        site = sites.create("target-sides", "Target sides", "test");
        accounts.addUser("sides-owner", "owner-password-1", Role.OWNER, "target-sides", "test");
        owner = new Api(port, Api.basic("sides-owner", "owner-password-1"));
    }

    ObjectNode withSides(String sidesJson) throws Exception {
        ObjectNode s = (ObjectNode) owner.get("/api/v1/sites/target-sides/settings").json().get("settings").deepCopy();
        s.putArray("targets").add("Atheism").add("NATO");
        s.set("targetSides", new com.fasterxml.jackson.databind.ObjectMapper().readTree(sidesJson));
        return s;
    }

    @Test
    void sidesAreSavedAsAVersionReadBackAuditedAndPreviewedAndAnExistingSiteHasNone() throws Exception {
        assertThat(owner.get("/api/v1/sites/target-sides/settings").json().get("settings").get("targetSides").size())
                .as("a site from before side sentences reads as none").isZero();
        int before = sites.settings(site.id()).version();
        ObjectNode s = withSides("{\"Atheism\":{\"favor\":[\"There is no God.\",\"People can be good without religion.\"],"
                + "\"against\":[\"God is real and I believe in Him.\"]}}");
        assertThat(owner.postJson("/api/v1/sites/target-sides/settings/preview?last=10", s.toString()).status()).isEqualTo(200);
        Api.Response r = owner.call("PUT", "/api/v1/sites/target-sides/settings", "application/json", s.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(sites.settings(site.id()).version()).isEqualTo(before + 1);
        var saved = sites.settings(site.id()).settings().targetSides().get("Atheism");
        assertThat(saved.favor()).containsExactly("There is no God.", "People can be good without religion.");
        assertThat(saved.against()).containsExactly("God is real and I believe in Him.");
        var read = owner.get("/api/v1/sites/target-sides/settings").json().get("settings").get("targetSides");
        assertThat(read.get("Atheism").get("against").get(0).asText()).isEqualTo("God is real and I believe in Him.");
        assertThat(owner.get("/api/v1/sites/target-sides/audit").body()).contains("settings.saved", "There is no God.");
        // the same body again changes nothing: no new version
        owner.call("PUT", "/api/v1/sites/target-sides/settings", "application/json", s.toString());
        assertThat(sites.settings(site.id()).version()).isEqualTo(before + 1);
    }

    @Test
    void changingOnlyTheSentencesIsANewVersionNotAnUnchangedSave() throws Exception {
        // an unchanged save answers the current version; sentences alone must still count as a change, or an owner's
        // edit would be dropped while the answer says it was saved
        owner.call("PUT", "/api/v1/sites/target-sides/settings", "application/json",
                withSides("{\"NATO\":{\"favor\":[\"NATO keeps us safe.\"],\"against\":[\"NATO should be dissolved.\"]}}")
                        .toString());
        int before = sites.settings(site.id()).version();
        Api.Response r = owner.call("PUT", "/api/v1/sites/target-sides/settings", "application/json",
                withSides("{\"NATO\":{\"favor\":[\"NATO keeps us safe.\",\"Join the alliance.\"],"
                        + "\"against\":[\"NATO should be dissolved.\"]}}").toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(sites.settings(site.id()).version()).isEqualTo(before + 1);
        assertThat(sites.settings(site.id()).settings().targetSides().get("NATO").favor())
                .containsExactly("NATO keeps us safe.", "Join the alliance.");
    }

    @Test
    void tooManyTooLongBlankOneSidedOrForNoTargetIsA422NamingItAndNothingIsSaved() throws Exception {
        String six = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]";
        List<String[]> bad = List.of(
                new String[]{"{\"Atheism\":{\"favor\":" + six + ",\"against\":[\"x\"]}}", "targetSides.Atheism.favor"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\"],\"against\":[\"" + "y".repeat(201) + "\"]}}",
                        "targetSides.Atheism.against[0]"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\",\" \"],\"against\":[\"y\"]}}", "targetSides.Atheism.favor[1]"},
                new String[]{"{\"Atheism\":{\"favor\":[null],\"against\":[\"y\"]}}", "targetSides.Atheism.favor[0]"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\"]}}", "targetSides.Atheism.against"},
                new String[]{"{\"Atheism\":null}", "targetSides.Atheism"},
                new String[]{"{\"Feminism\":{\"favor\":[\"x\"],\"against\":[\"y\"]}}", "targetSides.Feminism"});
        for (String[] b : bad) {
            int before = sites.settings(site.id()).version();
            Api.Response r = owner.call("PUT", "/api/v1/sites/target-sides/settings", "application/json",
                    withSides(b[0]).toString());
            assertThat(r.status()).as(b[0] + " " + r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(b[0]).isEqualTo(b[1]);
            assertThat(sites.settings(site.id()).version()).isEqualTo(before);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.parley.classification.CommentClassifier classifier;

    static final String UNSEEN = "Unbelief";
    static final String FAVOR = "[\"There is no God.\",\"People can be good without religion.\"]";
    static final String AGAINST = "[\"God is real and I believe in Him.\",\"Pray every day and trust the Lord.\"]";

    static String classifyBody(String sides) {
        return "{\"text\":\"Thank you Lord for another blessed day, my faith keeps me strong.\",\"targets\":[\""
                + UNSEEN + "\",\"Atheism\"]" + (sides == null ? "" : ",\"targetSides\":" + sides) + "}";
    }

    double servedFavor(String sides, String target) {
        Api.Response r = owner.postJson("/api/v1/classify", classifyBody(sides));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("result").get("stance").get("detail").get("targets").get(target).get("favor")
                .asDouble();
    }

    /**
     * A classify body takes a target's side sentences as the settings do, and the answer is the classifier's with them
     * (what the pipeline serves a site that saved them); swapping the sides moves the favour probability the other
     * way; a target with a head of its own ignores them.
     */
    @Test
    void classifyTakesTheSideSentencesAndServesWhatTheSiteWould() {
        String sides = "{\"" + UNSEEN + "\":{\"favor\":" + FAVOR + ",\"against\":" + AGAINST + "}}";
        String swapped = "{\"" + UNSEEN + "\":{\"favor\":" + AGAINST + ",\"against\":" + FAVOR + "}}";
        double byName = servedFavor(null, UNSEEN);
        double withSides = servedFavor(sides, UNSEEN);
        double withSwapped = servedFavor(swapped, UNSEEN);
        @SuppressWarnings("unchecked")
        var expected = (java.util.Map<String, java.util.Map<String, java.util.Map<String, Double>>>) classifier.classify(List.of(
                new io.parley.classification.CommentContext(
                        "Thank you Lord for another blessed day, my faith keeps me strong.", null, null, null,
                        List.of(UNSEEN, "Atheism"), List.of(), java.util.Map.of(UNSEEN,
                        new io.parley.classification.stance.TargetSides(
                                List.of("There is no God.", "People can be good without religion."),
                                List.of("God is real and I believe in Him.", "Pray every day and trust the Lord."))))))
                .get(0).stance().detail();
        assertThat(withSides).isCloseTo(expected.get("targets").get(UNSEEN).get("favor"),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(withSides).as("a believer's comment, read through the owner's sides").isLessThan(withSwapped);
        assertThat(withSides).as("the sentences change the answer").isNotEqualTo(byName);
        assertThat(servedFavor(sides.replace(UNSEEN, "Atheism"), "Atheism"))
                .as("a training target keeps its own head").isEqualTo(servedFavor(null, "Atheism"));
    }

    @Test
    void badSidesOnClassifyAreA422NamingTheFieldAsForSettings() {
        String six = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]";
        List<String[]> bad = List.of(
                new String[]{"{\"Atheism\":{\"favor\":" + six + ",\"against\":[\"x\"]}}", "targetSides.Atheism.favor"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\"],\"against\":[\"" + "y".repeat(201) + "\"]}}",
                        "targetSides.Atheism.against[0]"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\",\" \"],\"against\":[\"y\"]}}", "targetSides.Atheism.favor[1]"},
                new String[]{"{\"Atheism\":{\"favor\":[null],\"against\":[\"y\"]}}", "targetSides.Atheism.favor[0]"},
                new String[]{"{\"Atheism\":{\"favor\":[\"x\"]}}", "targetSides.Atheism.against"},
                new String[]{"{\"Atheism\":null}", "targetSides.Atheism"},
                new String[]{"{\"Feminism\":{\"favor\":[\"x\"],\"against\":[\"y\"]}}", "targetSides.Feminism"});
        for (String[] b : bad) {
            Api.Response r = owner.postJson("/api/v1/classify", classifyBody(b[0]));
            assertThat(r.status()).as(b[0] + " " + r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(b[0]).isEqualTo(b[1]);
        }
    }

    /** Were a 200: classify took a 201-character target (or the same target twice) that a settings save refuses. */
    @Test
    void targetsOnClassifyHaveTheSettingsLimitsA422NamingTheField() {
        String text = "{\"text\":\"Thank you Lord for another blessed day.\",\"targets\":";
        List<String[]> bad = List.of(
                new String[]{"[\"Atheism\",\"" + "t".repeat(201) + "\"]", "targets[1]"},
                new String[]{"[\"Atheism\",\"atheism \"]", "targets[1]"},
                new String[]{"[\" \"]", "targets[0]"},
                new String[]{java.util.stream.IntStream.range(0, 51).mapToObj(i -> "\"t" + i + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "[", "]")), "targets"});
        for (String[] b : bad) {
            Api.Response r = owner.postJson("/api/v1/classify", text + b[0] + "}");
            assertThat(r.status()).as(b[1] + " " + r.body()).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo(b[1]);
            assertThat(r.json().get("detail").asText()).startsWith(b[1] + ": ");
        }
        assertThat(owner.postJson("/api/v1/classify", text + "[\"" + "t".repeat(200) + "\"]}").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheField() {
        accounts.addUser("sides-admin", "admin-password-1", Role.ADMIN, null, "test");
        Api.Response docs = new Api(port, Api.basic("sides-admin", "admin-password-1")).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("components").get("schemas").get("SiteSettings").get("properties").has("targetSides"))
                .isTrue();
        assertThat(docs.json().get("components").get("schemas").get("TargetSides").get("properties").has("favor")).isTrue();
        assertThat(docs.body()).contains("1 to 5 sentences a side");
        assertThat(docs.json().get("components").get("schemas").get("ClassifyRequest").get("properties").get("targetSides")
                .get("description").asText()).contains("1 to 5 sentences a side");
    }
}
