package io.parley.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Navigation around a pasted story, which no rule names, is trimmed by the learned paragraph model. */
class TextDumpLineModelTest {

    @Test
    void navigationAroundTheStoryIsDroppedAndTheStoryKept() {
        String story1 = "The city council voted on Tuesday to fund a new bridge across the river, ending a decade of debate "
                + "about traffic in the old town and its narrow streets.";
        String story2 = "Construction is expected to start next spring and to last two years, the mayor said in a statement "
                + "after the vote, adding that the old bridge will stay open until then.";
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            body.append(story1.replace("Tuesday", "day " + k)).append("\n\n").append(story2.replace("spring", "season " + k))
                    .append("\n\n");
        }
        story1 = story1.replace("Tuesday", "day 0");
        story2 = story2.replace("spring", "season 0");
        String dump = "Home\n\nNews\n\nSport\n\nWeather\n\nLog in\n\nCouncil approves new bridge\n\n" + body
                + "Related stories\n\nMost read\n\nContact us\n\nPrivacy policy\n\nTerms of use\n";
        ExtractedPage withModel = PageExtractors.standard().extract(dump, PageFormat.TEXT);
        assertThat(withModel.article().paragraphs()).contains(story1, story2);
        assertThat(withModel.article().title()).isEqualTo("Council approves new bridge");
        assertThat(withModel.article().paragraphs()).doesNotContain("News", "Sport", "Weather", "Privacy policy",
                "Terms of use", "Most read");

        // The rules alone only know the trailing navigation; the leading menu needs the model.
        ExtractedPage rulesOnly = new TextExtractor(Deadline.none()).extract(dump);
        assertThat(rulesOnly.article().paragraphs()).contains("Sport", "Weather");
    }
}
