package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Comment-level evaluation on thread gold ({@code training-data/extraction/threads/*.json}: per comment author,
 * time, likes, parent and text), with the matching rules of issue 22: per page, gold and extracted comments are
 * aligned one-to-one in page order, a pair when the extracted text holds the gold text's first 8 and last 5 words
 * or their word F1 is at least 0.6; forum posts are paired one-to-one, greedily, by word F1 at least 0.5. Author,
 * time, likes and parent accuracy are over matched pairs (time and likes where the gold has them); a parent is
 * right when both are top level or the extracted parent is the match of the gold parent.
 */
public final class ThreadEvaluator {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ThreadEvaluator() {
    }

    /** One gold page: where its HTML is and its comments. */
    /** {@code fetchedAt}: when the page was fetched, for pages that print relative times only (null: not given). */
    record GoldPage(String name, String system, boolean forum, byte[] html, List<GoldComment> comments, String fetchedAt) {
        GoldPage(String name, String system, boolean forum, byte[] html, List<GoldComment> comments) {
            this(name, system, forum, html, comments, null);
        }
    }

    record GoldComment(String id, String parent, String author, String time, Integer likes, String text) {
    }

    /** Counts for one run (HTML or text), over a set of pages. */
    public static final class Tally {
        int pages;
        int gold;
        int extracted;
        int matched;
        int authorRight;
        int timeGold;
        int timeRight;
        int likesGold;
        int likesRight;
        int parentRight;
        int goldTopLevel;
        int emptyPages;
        int silentMisses;

        void add(Tally t) {
            pages += t.pages;
            gold += t.gold;
            extracted += t.extracted;
            matched += t.matched;
            authorRight += t.authorRight;
            timeGold += t.timeGold;
            timeRight += t.timeRight;
            likesGold += t.likesGold;
            likesRight += t.likesRight;
            parentRight += t.parentRight;
            goldTopLevel += t.goldTopLevel;
            emptyPages += t.emptyPages;
            silentMisses += t.silentMisses;
        }

        public double precision() {
            return extracted == 0 ? 0 : matched / (double) extracted;
        }

        public double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double author() {
            return ratio(authorRight, matched);
        }

        public double time() {
            return ratio(timeRight, timeGold);
        }

        public double likes() {
            return ratio(likesRight, likesGold);
        }

        public double parent() {
            return ratio(parentRight, matched);
        }

        /** Parent accuracy of the flat guess (every comment top level) on the same matched pairs. */
        public double flatParent() {
            return ratio(goldTopLevel, matched);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : a / (double) b;
        }

        public String line(String label) {
            return String.format(Locale.ROOT, "%-14s %3d pages  comments P %.3f R %.3f F1 %.3f (%d gold, %d extracted, %d matched)"
                            + "  author %.3f  time %.3f  likes %.3f  parent %.3f (flat %.3f)  pages with none extracted %d,"
                            + " of them silent %d",
                    label, pages, precision(), recall(), f1(), gold, extracted, matched, author(), time(), likes(), parent(),
                    flatParent(), emptyPages, silentMisses);
        }

        public String json(String label) {
            return String.format(Locale.ROOT, "\"%s\":{\"pages\":%d,\"gold\":%d,\"extracted\":%d,\"matched\":%d,\"precision\":%.4f,"
                            + "\"recall\":%.4f,\"f1\":%.4f,\"author\":%s,\"time\":%s,\"likes\":%s,\"parent\":%s,\"flatParent\":%s,"
                            + "\"silentMisses\":%d}", label, pages, gold, extracted, matched, precision(), recall(), f1(),
                    num(author()), num(time()), num(likes()), num(parent()), num(flatParent()), silentMisses);
        }

        private static String num(double d) {
            return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
        }
    }

    /** Figures for HTML and for text dumps, each for all pages, comment threads and forum threads. */
    public record Report(Map<String, Tally> tallies) {
        public String jsonLine() {
            List<String> parts = new ArrayList<>();
            tallies.forEach((k, v) -> parts.add(v.json(k)));
            return "{" + String.join(",", parts) + "}";
        }
    }

    /**
     * @param goldDir  directory of gold JSON files
     * @param dragnet  the Dragnet archive or directory for gold pages that reference it (null: the path the gold names)
     * @param asText   also evaluate each page as {@code w3m -dump} text
     */
    public static Report evaluate(PageExtractor extractor, Path goldDir, Path dragnet, boolean asText, Consumer<String> perPage) {
        List<GoldPage> pages = load(goldDir, dragnet);
        Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
        for (String mode : asText ? List.of("html", "text") : List.of("html")) {
            Tally all = new Tally();
            Tally threads = new Tally();
            Tally forums = new Tally();
            for (GoldPage g : pages) {
                String html = PageInput.of(g.html(), "text/html", null).content();
                ExtractedPage out;
                try {
                    out = mode.equals("html") ? extractor.extract(html, PageFormat.HTML, g.fetchedAt())
                            : extractor.extract(w3m(html), PageFormat.TEXT, g.fetchedAt());
                } catch (PageNotExtractable e) {
                    out = new ExtractedPage(new ExtractedArticle(null, null, null, List.of(), null), List.of(), null, null);
                }
                Tally t = page(g, out);
                perPage.accept(String.format(Locale.ROOT, "%-4s %-28s %-22s gold %3d got %3d matched %3d  author %s parent %s  %s",
                        mode, g.name(), g.system(), t.gold, t.extracted, t.matched, pct(t.authorRight, t.matched),
                        pct(t.parentRight, t.matched), out.commentSection() == null ? "-" : out.commentSection().status().json()));
                all.add(t);
                (g.forum() ? forums : threads).add(t);
            }
            tallies.put(mode, all);
            tallies.put(mode + "-threads", threads);
            tallies.put(mode + "-forums", forums);
        }
        return new Report(tallies);
    }

    private static String pct(int a, int b) {
        return b == 0 ? "  -  " : String.format(Locale.ROOT, "%.2f", a / (double) b);
    }

    static Tally page(GoldPage g, ExtractedPage out) {
        List<ExtractedComment> got = out.comments();
        List<GoldComment> gold = g.comments();
        int[] match = g.forum() ? greedy(gold, got) : ordered(gold, got);
        Tally t = new Tally();
        t.pages = 1;
        t.gold = gold.size();
        t.extracted = got.size();
        if (got.isEmpty() && !gold.isEmpty()) {
            t.emptyPages = 1;
            CommentSection s = out.commentSection();
            if (s == null || s.status() == CommentSection.Status.NONE) {
                t.silentMisses = 1;
            }
        }
        Map<String, Integer> goldIndex = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldIndex.put(gold.get(i).id(), i);
        }
        for (int i = 0; i < gold.size(); i++) {
            if (match[i] < 0) {
                continue;
            }
            GoldComment gc = gold.get(i);
            ExtractedComment ec = got.get(match[i]);
            t.matched++;
            if (gc.author() != null && sameAuthor(gc.author(), ec.author())) {
                t.authorRight++;
            }
            if (gc.time() != null) {
                t.timeGold++;
                if (sameTime(gc.time(), ec.postedAt())) {
                    t.timeRight++;
                }
            }
            if (gc.likes() != null) {
                t.likesGold++;
                if (gc.likes().equals(ec.likes())) {
                    t.likesRight++;
                }
            }
            if (gc.parent() == null) {
                t.goldTopLevel++;
            }
            boolean right;
            if (gc.parent() == null) {
                right = ec.parentId() == null;
            } else {
                int gp = goldIndex.getOrDefault(gc.parent(), -1);
                right = gp >= 0 && match[gp] >= 0 && ec.parentId() != null && ec.parentId().equals(got.get(match[gp]).id());
            }
            if (right) {
                t.parentRight++;
            }
        }
        return t;
    }

    static boolean sameAuthor(String gold, String got) {
        return got != null && norm(gold).equals(norm(got));
    }

    private static String norm(String name) {
        return name.strip().replaceFirst("^@", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Same minute when both give a time of day, else the same date. */
    static boolean sameTime(String gold, String got) {
        if (got == null || got.length() < 10 || gold.length() < 10) {
            return false;
        }
        if (!gold.substring(0, 10).equals(got.substring(0, 10))) {
            return false;
        }
        if (gold.length() >= 16 && got.length() >= 16) {
            return gold.substring(11, 16).equals(got.substring(11, 16));
        }
        return true;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double wordF1(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) b.size();
        double r = common / (double) a.size();
        return 2 * p * r / (p + r);
    }

    /** The extracted text holds the gold's first 8 and last 5 words (each as a run), or word F1 >= 0.6. */
    static boolean pair(List<String> gold, List<String> got) {
        if (gold.isEmpty()) {
            return false;
        }
        List<String> head = gold.subList(0, Math.min(8, gold.size()));
        List<String> tail = gold.subList(Math.max(0, gold.size() - 5), gold.size());
        if (java.util.Collections.indexOfSubList(got, head) >= 0 && java.util.Collections.indexOfSubList(got, tail) >= 0) {
            return true;
        }
        return wordF1(gold, got) >= 0.6;
    }

    /** One-to-one in page order: the largest monotone set of pairs (an LCS over the pair relation). */
    static int[] ordered(List<GoldComment> gold, List<ExtractedComment> got) {
        int n = gold.size();
        int m = got.size();
        List<List<String>> gw = gold.stream().map(c -> words(c.text())).toList();
        List<List<String>> ew = got.stream().map(c -> words(c.text())).toList();
        int[][] best = new int[n + 1][m + 1];
        boolean[][] ok = new boolean[n][m];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                ok[i][j] = pair(gw.get(i), ew.get(j));
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), ok[i][j] ? best[i + 1][j + 1] + 1 : 0);
            }
        }
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (ok[i][j] && best[i][j] == best[i + 1][j + 1] + 1) {
                match[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    /** Forum posts: one-to-one, best word F1 first, pairs of F1 >= 0.5 only. */
    static int[] greedy(List<GoldComment> gold, List<ExtractedComment> got) {
        List<double[]> pairs = new ArrayList<>();
        List<List<String>> ew = got.stream().map(c -> words(c.text())).toList();
        for (int i = 0; i < gold.size(); i++) {
            List<String> g = words(gold.get(i).text());
            for (int j = 0; j < got.size(); j++) {
                double f = wordF1(g, ew.get(j));
                if (f >= 0.5) {
                    pairs.add(new double[]{f, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] match = new int[gold.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] used = new boolean[got.size()];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (match[i] < 0 && !used[j]) {
                match[i] = j;
                used[j] = true;
            }
        }
        return match;
    }

    /** The page as {@code w3m -dump} renders it (Debian's w3m, 80 columns). */
    static String w3m(String html) {
        try {
            Process p = new ProcessBuilder("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8").start();
            try (var in = p.getOutputStream()) {
                in.write(html.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // w3m stops reading at a page's end marker; what it read is what it renders
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("w3m failed on a page");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("w3m is needed for the text figures (Debian package w3m): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String NOT_GOLD = "a thread gold file is one JSON object per page with 'page' and 'comments'"
            + " (training-data/extraction/threads/README.md)";

    static List<GoldPage> load(Path goldDir, Path dragnet) {
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the gold directory " + goldDir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no gold .json files in " + goldDir);
        }
        DragnetCorpus corpus = null;
        List<GoldPage> out = new ArrayList<>();
        for (Path f : files) {
            try {
                JsonNode doc;
                try {
                    doc = JSON.readTree(f.toFile());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(f.getFileName() + " is not JSON (" + e.getOriginalMessage() + "): "
                            + NOT_GOLD);
                }
                // any other JSON file in the folder (a metrics file, a manifest) was a NullPointerException's message
                JsonNode page = doc.path("page");
                if (!page.hasNonNull("file")
                        && !(page.hasNonNull("member") && (page.hasNonNull("archive") || dragnet != null))) {
                    throw new IllegalArgumentException(f.getFileName() + " names no page (page.file, or page.archive and"
                            + " page.member): " + NOT_GOLD);
                }
                byte[] html;
                if (page.hasNonNull("file")) {
                    Path file = goldDir.resolve(page.get("file").asText());
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException(f.getFileName() + ": its page file " + file + " does not exist");
                    }
                    html = Files.readAllBytes(file);
                } else {
                    if (corpus == null) {
                        corpus = DragnetCorpus.open(dragnet != null ? dragnet : Path.of(page.get("archive").asText()));
                    }
                    String member = page.get("member").asText();
                    String id = member.substring(member.lastIndexOf('/') + 1).replaceFirst("\\.html$", "");
                    html = Files.readAllBytes(corpus.html(id));
                    String sha = sha256(html);
                    if (!sha.equals(page.path("sha256").asText())) {
                        throw new IllegalArgumentException(f.getFileName() + ": " + member + " has sha256 " + sha
                                + ", the gold was written for " + page.path("sha256").asText());
                    }
                }
                List<GoldComment> comments = new ArrayList<>();
                for (JsonNode c : doc.path("comments")) {
                    if (!c.hasNonNull("id") || !c.hasNonNull("text")) {
                        throw new IllegalArgumentException(f.getFileName() + ": comment " + (comments.size() + 1)
                                + " has no 'id' or no 'text': " + NOT_GOLD);
                    }
                    comments.add(new GoldComment(c.get("id").asText(), text(c, "parent"), text(c, "author"), text(c, "time"),
                            c.hasNonNull("likes") ? c.get("likes").asInt() : null, c.get("text").asText()));
                }
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                out.add(new GoldPage(name, doc.path("system").asText(""), doc.path("forum").asBoolean(false), html, comments,
                        doc.hasNonNull("fetchedAt") ? doc.get("fetchedAt").asText() : null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String text(JsonNode c, String field) {
        return c.hasNonNull(field) ? c.get(field).asText() : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
