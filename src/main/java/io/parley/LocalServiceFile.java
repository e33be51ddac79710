package io.parley;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * While the service runs on the embedded database, {@link LocalService#FILE} in its data directory says who
 * holds it and carries a token (owner-only file) with which the CLI on this machine acts as an administrator
 * through the API: the database itself cannot be opened twice.
 */
@Component
class LocalServiceFile {

    private static final Logger log = LoggerFactory.getLogger(LocalServiceFile.class);

    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final String dir;
    private final ObjectMapper json;
    private final String token;
    private volatile Path written;

    LocalServiceFile(ObjectProvider<EmbeddedPostgres> embedded, @Value("${" + DatabaseConfig.DIR + ":}") String dir,
                     ObjectMapper json) {
        this.embedded = embedded;
        this.dir = dir;
        this.json = json;
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        this.token = "plt_" + HexFormat.of().formatHex(b);
    }

    /** True for this process's local admin token; never for anything when no file was written. */
    boolean isToken(String candidate) {
        return written != null && candidate != null && java.security.MessageDigest.isEqual(
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        if (embedded.getIfAvailable() == null || dir.isBlank() || event.getApplicationContext().getParent() != null) {
            return;
        }
        Path file = Path.of(dir).toAbsolutePath().resolve(LocalService.FILE);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("pid", ProcessHandle.current().pid());
        content.put("url", "http://127.0.0.1:" + event.getWebServer().getPort());
        content.put("token", token);
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".service", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            json.writeValue(tmp.toFile(), content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = file;
        } catch (IOException e) {
            log.warn("could not write {} (the CLI's admin commands will not find this service): {}", file, e.getMessage());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stopped() {
        Path file = written;
        if (file != null) {
            written = null;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale file names a dead pid, which LocalService.running ignores
            }
        }
    }
}
