package io.parley.support;

import io.parley.ingest.IngestService;
import io.parley.site.Accounts;
import io.parley.site.SiteDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that run the whole service on real PostgreSQL (never a stand-in): see TestDatabase.
 * Almost every such test makes a site, a person or a page and then looks at the database, so those
 * handles live here once instead of in each test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=false", "parley.pipeline.poll-millis=50"})
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected SiteDirectory sites;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected IngestService ingest;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
    }
}
