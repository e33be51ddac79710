package io.parley.cli;

import io.parley.classification.CommentClassifier;
import io.parley.moderation.Reclassification;
import io.parley.site.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "reclassify", mixinStandardHelpOptions = true,
        description = {"Classify every comment of a site again with the current models (after an upgrade).",
                "Statuses are kept; new scores are stored beside the old ones. Works beside running services."},
        footer = {"", "Example:", "  PARLEY_DB_URL=jdbc:postgresql://db/parley parley reclassify --site daily-news"})
final class ReclassifyCommand implements Callable<Integer> {

    @Option(names = "--site", required = true)
    String site;

    @Override
    public Integer call() throws InterruptedException {
        try (var ctx = SpringContext.open(true)) {
            var s = ctx.getBean(SiteDirectory.class).require(site);
            CommentClassifier models = ctx.getBean(CommentClassifier.class);
            Reclassification re = ctx.getBean(Reclassification.class);
            int queued = re.enqueue(s, models.modelName(), models.modelVersion());
            System.err.printf("queued %d comments of %s for %s@%s%n", queued, site, models.modelName(), models.modelVersion());
            long start = System.nanoTime();
            int pending;
            while ((pending = re.pending(s)) > 0) {
                int done = Math.max(0, queued - pending);
                double rate = done / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                System.err.printf("\r%s %d/%d  %.0f comments/s  ETA %s   ", bar(done, queued), done, queued, rate,
                        rate > 0 ? Math.round(pending / rate) + " s" : "?");
                Thread.sleep(500);
            }
            System.err.println();
            System.out.printf("{\"site\":\"%s\",\"reclassified\":%d,\"model\":\"%s@%s\"}%n", site, queued,
                    models.modelName(), models.modelVersion());
        }
        return 0;
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
    }
}
