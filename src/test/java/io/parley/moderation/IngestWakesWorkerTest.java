package io.parley.moderation;

import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.ingest.CommentQueries;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import io.parley.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest wakes the pipeline: with a poll interval of ten minutes, a comment still gets its final status within
 * seconds, because the committed ingest's event (CommentsIngested) wakes a worker.
 */
class IngestWakesWorkerTest extends IntegrationTest {

    @DynamicPropertySource
    static void slowPoll(DynamicPropertyRegistry registry) {
        registry.add("parley.pipeline.poll-millis", () -> "600000");
        // a database of its own: other cached contexts poll every 50 ms and would take the comment instead
        registry.add("spring.datasource.hikari.jdbc-url", TestDatabase::separate);
    }

    @Autowired
    CommentQueries comments;

    @Test
    void aCommittedIngestIsClassifiedWithoutWaitingForThePoll() throws Exception {
        Site site = sites.create("wake", "Wake", "test");
        // the workers' first poll (at start) has passed: from here only a wake-up can make them look again
        Thread.sleep(2000);
        ingest.upsertArticle(site, new ArticleInput("a", null, "Title", null, null, "Body of the article.", null, "en"));
        long t0 = System.nanoTime();
        ingest.addComments(site, "a", List.of(new CommentInput("c1", null, "reader", null, null,
                "The council should publish the budget before the vote.", List.of())));
        String status = "received";
        while (status.equals("received") && System.nanoTime() - t0 < 60_000_000_000L) {
            Thread.sleep(50);
            status = comments.comment(site, "c1").orElseThrow().status();
        }
        assertThat(status).isIn("published", "held", "rejected");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
    }
}
