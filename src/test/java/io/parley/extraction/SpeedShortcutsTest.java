package io.parley.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shortcuts taken for speed must answer what the code they replace answers: on every committed gold page (every
 * gold folder's pages/, HTML and text), each shortcut against the original, element by element or line by line.
 */
class SpeedShortcutsTest {

    private static List<Path> goldPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("training-data/extraction"), 3)) {
            s.filter(p -> p.getParent().getFileName().toString().equals("pages"))
                    .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void foreignCueScanFindsWhatItsRegexFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("21. listopadu 2026", "2026. 11. 21", "21 DE Noviembre", "12H30", "am 21 MEI 2026",
                "x\tmei\u000By", "2026.\n", "1 de\r", "\u212Aelvin", "MAART 2026", "plain 2026 text", "", "de", " de", " de ", "2026.", "9h"));
        for (Path p : goldPages()) {
            String page = Files.readString(p);
            for (String line : page.split("\n")) {
                texts.add(line);
            }
            for (int i = 0; i < page.length(); i += 150) {
                texts.add(page.substring(i, Math.min(page.length(), i + 400))); // Dates.find's texts run to 400 characters
            }
        }
        int cued = 0;
        for (String t : texts) {
            boolean regex = Dates.FOREIGN_CUE.matcher(t).find();
            assertThat(Dates.foreignCue(t)).as("%s", t).isEqualTo(regex);
            cued += regex ? 1 : 0;
        }
        assertThat(cued).as("texts with a cue").isGreaterThan(100).isLessThan(texts.size() - 100);
    }

    @Test
    void quoteMemoAnswersAsTheWalkUp() throws IOException {
        int inside = 0;
        int asked = 0;
        for (Path p : goldPages()) {
            if (!p.toString().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(Files.readString(p));
            for (Element r : doc.body().getAllElements()) {
                String c = r.className().toLowerCase(java.util.Locale.ROOT);
                boolean recordLike = c.contains("comment") || c.contains("post") || c.contains("reply") || r.normalName().equals("li")
                        || r.normalName().equals("article");
                if (!recordLike || r.childrenSize() < 2 || r.getAllElements().size() > 400) {
                    continue; // (the elements records are made of; other subtrees would only make the test slow)
                }
                CommentRecords.QuoteMemo memo = new CommentRecords.QuoteMemo(r);
                for (Element d : r.getAllElements()) {
                    boolean walk = CommentRecords.inQuote(d, r);
                    assertThat(memo.in(d)).as(() -> d.cssSelector() + " in " + p).isEqualTo(walk);
                    inside += walk ? 1 : 0;
                    asked++;
                }
            }
        }
        assertThat(inside).as("elements inside a quote").isGreaterThan(100).isLessThan(asked - 100);
    }
}
