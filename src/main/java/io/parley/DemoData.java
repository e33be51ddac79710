package io.parley;

import io.parley.extraction.PageFormat;
import io.parley.ingest.IngestService;
import io.parley.ingest.PageIngested;
import io.parley.site.Accounts;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;

/**
 * First start on the embedded database: a {@code demo} site with a moderator and an owner, and the
 * five seed pages ingested through the same path as any page, so a new user sees real content at once.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SiteDirectory sites;
    private final Accounts accounts;
    private final IngestService ingest;
    private final boolean enabled;
    private final ObjectProvider<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> embedded;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    DemoData(SiteDirectory sites, Accounts accounts, IngestService ingest, @Value("${parley.demo.enabled:true}") boolean enabled,
             ObjectProvider<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> embedded,
             com.fasterxml.jackson.databind.ObjectMapper json) {
        this.embedded = embedded;
        this.json = json;
        this.sites = sites;
        this.accounts = accounts;
        this.ingest = ingest;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        Site demo = sites.find("demo").orElse(null);
        String created = null;
        if (demo == null) {
            demo = sites.create("demo", "Demo (seed pages)", "demo-loader");
            String key = accounts.issueApiKey(demo, "demo", "demo-loader");
            String moderatorPassword = password();
            String ownerPassword = password();
            accounts.addUser("demo-moderator", moderatorPassword, Role.MODERATOR, "demo", "demo-loader");
            accounts.addUser("demo-owner", ownerPassword, Role.OWNER, "demo", "demo-loader");
            created = """
                    Log in at /login:
                      moderator: demo-moderator / %s
                      owner:     demo-owner / %s
                      API key for site 'demo': %s""".formatted(moderatorPassword, ownerPassword, key);
        }
        // Every start: seeds missed earlier (e.g. no extractor then) arrive now; those stored are not extracted again.
        int pages = 0;
        try {
            Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt");
            Arrays.sort(seeds, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource seed : seeds) {
                String name = String.valueOf(seed.getFilename()).replaceFirst("\\.txt$", "");
                if (stored(demo, "seed-" + name)) {
                    // Already there: extracting the page again would only find the same article and comments, and
                    // on a restart it is work done on the start-up thread before the service reports ready.
                    pages++;
                    continue;
                }
                String text = new String(seed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                PageIngested r = ingest.ingestPage(demo, new io.parley.extraction.PageInput(text, PageFormat.TEXT), null, "seed-" + name);
                if (r.article().created() || r.comments().created() > 0) {
                    log.info("demo: ingested seed {} ({} comments)", name, r.comments().created());
                }
                pages++;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("demo: seed pages not ingested: {}", e.getMessage());
        }
        int comments = 0;
        try {
            comments = DemoComments.load(ingest, demo, json);
            if (comments > 0) {
                log.info("demo: ingested {} reader comments on the seed articles", comments);
            }
        } catch (RuntimeException e) {
            log.warn("demo: reader comments not ingested: {}", e.getMessage());
        }
        if (created != null) {
            // Printed once, on first start, so the person who started Parley can log in.
            System.out.println("\nParley demo site 'demo' created with " + pages + " seed pages and " + comments
                    + " reader comments (being classified now).\n" + created + "\n");
        }
    }

    private boolean stored(Site demo, String externalId) {
        try {
            ingest.articleId(demo, externalId);
            return true;
        } catch (io.parley.ingest.ArticleNotFound e) {
            return false;
        }
    }

    private static String password() {
        SecureRandom r = new SecureRandom();
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
