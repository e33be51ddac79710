package io.parley;

import io.parley.site.SiteDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured, Parley boots on an embedded real PostgreSQL whose data survives a restart. */
class EmbeddedDefaultTest {

    ConfigurableApplicationContext boot(Path dir) {
        // As serve starts it: the database and the models begun early, beside Spring's bootstrap.
        return ParleyApplication.application().web(WebApplicationType.NONE)
                .run("--spring.datasource.url=", "--parley.db.embedded-dir=" + dir, "--parley.demo.enabled=false",
                        "--parley.pipeline.enabled=false");
    }

    @Test
    void bootsOnEmbeddedPostgresAndKeepsDataAcrossRestarts() throws Exception {
        Path dir = Path.of("target", "pg-embedded-default-" + ProcessHandle.current().pid()).toAbsolutePath();
        try (ConfigurableApplicationContext ctx = boot(dir)) {
            assertThat(ctx.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            try (var c = ctx.getBean(DataSource.class).getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }
            ctx.getBean(SiteDirectory.class).create("survivor", "Survives restarts", "test");
        }
        assertThat(dir.resolve("PG_VERSION")).exists();
        try (ConfigurableApplicationContext ctx = boot(dir)) {
            assertThat(ctx.getBean(SiteDirectory.class).find("survivor")).isPresent();
        }
    }
}
