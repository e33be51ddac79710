package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's settings page writes what each side of a target says in one textarea (a target's name, then "+" lines
 * for its supporters and "-" lines for its opponents): saved as a new version with the change in the history's diff,
 * shown back as written; a bad one is refused on the page, the textarea marked, nothing saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetSidesPageTest extends IntegrationTest {

    Site site;
    WebSession owner;

    @BeforeAll
    void seed() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("sides-page", "Sides page");
        f.user("sides-page-owner", Role.OWNER, "sides-page");
        owner = WebSession.login(port, "sides-page-owner");
    }

    private int version() {
        return sites.settings(site.id()).version();
    }

    private HttpResponse<String> save(String targets, String sides) throws Exception {
        String page = owner.get("/sites/sides-page/settings").body();
        return owner.post("/sites/sides-page/settings", "hold_insult=0.5&reject_insult=0.9&targets="
                + URLEncoder.encode(targets, StandardCharsets.UTF_8) + "&targetSides="
                + URLEncoder.encode(sides, StandardCharsets.UTF_8) + "&_csrf=" + WebSession.csrf(page));
    }

    @Test
    void sidesWrittenOnThePageAreSavedShownBackAndInTheHistory() throws Exception {
        int before = version();
        HttpResponse<String> r = save("Atheism\nNATO", "Atheism\n+ There is no God.\n+ Religion is a harmful superstition."
                + "\n- God is real and I believe in Him.\n\nNATO\n");
        assertThat(r.uri().getQuery()).as(r.body()).isEqualTo("saved=" + (before + 1));
        var sides = sites.settings(site.id()).settings().targetSides();
        assertThat(sides).containsOnlyKeys("Atheism"); // a name with no sentence under it stays name-only
        assertThat(sides.get("Atheism").favor()).containsExactly("There is no God.", "Religion is a harmful superstition.");
        assertThat(sides.get("Atheism").against()).containsExactly("God is real and I believe in Him.");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(owner.get("/sites/sides-page/settings").body());
        assertThat(page.select("#targetSides").first().wholeText()).isEqualTo("Atheism\n+ There is no God.\n+ Religion is a "
                + "harmful superstition.\n- God is real and I believe in Him.");
        // the page sent back as it is changes nothing
        save("Atheism\nNATO", page.select("#targetSides").first().wholeText());
        assertThat(version()).isEqualTo(before + 1);
        assertThat(owner.get("/sites/sides-page/settings").body()).contains("targetSides.Atheism.favor");
    }

    @Test
    void aBadSideIsRefusedOnThePageWithTheTextareaMarkedAndNothingSaved() throws Exception {
        String[][] bad = {
                {"Atheism", "Atheism\n+ a\n+ b\n+ c\n+ d\n+ e\n+ f\n- g", "targetSides.Atheism.favor: at most 5 sentences a side"},
                {"Atheism", "Atheism\n+ " + "x".repeat(201) + "\n- g", "targetSides.Atheism.favor[0]: a sentence is 1-200"},
                {"Atheism", "Atheism\n+ \n- g", "targetSides.Atheism.favor[0]: a sentence is 1-200"},
                {"Atheism", "Atheism\n+ There is no God.", "targetSides.Atheism.against: both sides are needed"},
                {"Atheism", "Feminism\n+ We need feminism.\n- Feminism is toxic.", "targetSides.Feminism: not one of the"},
                {"Atheism", "+ There is no God.\nAtheism", "targetSides: a line starting with + or - needs the target"},
                // trial9: a line naming no target (a typo, a colon, a sentence without + or -) was dropped, "Nothing changed"
                {"Atheism", "Atheism\n+ There is no God.\n- God is real.\nAtheism:", "targetSides: &#39;Atheism:&#39; is not one of the site&#39;s targets"},
                {"Atheism", "Religion should be banned", "targetSides: &#39;Religion should be banned&#39; is not one of the site&#39;s targets"}};
        for (String[] b : bad) {
            int before = version();
            HttpResponse<String> r = save(b[0], b[1]);
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(r.body()).as(b[1]).contains(b[2]);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
            assertThat(page.select("#targetSides").attr("aria-invalid")).as(b[1]).isEqualTo("true");
            assertThat(page.select("#targetSides").first().wholeText()).as("the owner's text is kept").isEqualTo(b[1]);
            assertThat(version()).isEqualTo(before);
        }
    }
    /**
     * An owner who adds a target to a site with comments found the queue's target filter empty with nothing said:
     * targets are read when a comment is classified. The save says so (and how to score the stored comments); a save
     * that leaves targets alone, or a site without comments, says nothing of it.
     */
    @Test
    void savingNewTargetsOnASiteWithCommentsSaysTheStoredOnesKeepTheirStance() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        f.bulkQueue(f.site("sides-later", "Sides later"), 2);
        f.user("sides-page-owner", Role.OWNER, "sides-later");
        WebSession s = WebSession.login(port, "sides-page-owner");
        String page = s.get("/sites/sides-later/settings").body();
        HttpResponse<String> r = s.post("/sites/sides-later/settings", "hold_insult=0.5&reject_insult=0.9&targets=NATO"
                + "&targetSides=&_csrf=" + WebSession.csrf(page));
        assertThat(r.uri().getQuery()).as(r.body()).startsWith("saved=");
        assertThat(r.body().replaceAll("\\s+", " ")).contains("id=\"targets-later\"", "those already stored keep the stance they had",
                "parley reclassify --site sides-later");
        page = s.get("/sites/sides-later/settings").body();
        HttpResponse<String> same = s.post("/sites/sides-later/settings", "hold_insult=0.4&reject_insult=0.9&targets=NATO"
                + "&targetSides=&_csrf=" + WebSession.csrf(page));
        assertThat(same.uri().getQuery()).as(same.body()).startsWith("saved=");
        assertThat(same.body()).doesNotContain("id=\"targets-later\"");
        // the site without comments: nothing to score again
        HttpResponse<String> empty = save("Atheism", "");
        assertThat(empty.body()).doesNotContain("id=\"targets-later\"");
    }
}
