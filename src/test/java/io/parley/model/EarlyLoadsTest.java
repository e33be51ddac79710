package io.parley.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyLoadsTest {

    @TempDir
    Path dir;

    @Test
    void aBeanTakesWhatWasLoadedEarlyOnAnotherThread() {
        EarlyLoads loads = new EarlyLoads();
        AtomicReference<String> loadedOn = new AtomicReference<>();
        loads.begin(EarlyLoads.key("thing", "a"), () -> {
            loadedOn.set(Thread.currentThread().getName());
            return "loaded";
        });
        String result = loads.take(EarlyLoads.key("thing", "a"), String.class, () -> "loaded by the bean");
        assertThat(result).isEqualTo("loaded");
        assertThat(loadedOn.get()).isEqualTo("early-thing").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void workBegunWithOtherSettingsIsNotTakenAndTheBeanLoadsItself() {
        EarlyLoads loads = new EarlyLoads();
        loads.begin(EarlyLoads.key("thing", "/models/a"), () -> "from a");
        assertThat(loads.take(EarlyLoads.key("thing", "/models/b"), String.class, () -> "from b")).isEqualTo("from b");
        assertThat(loads.take(EarlyLoads.key("thing", "/models/a"), String.class, () -> "again")).isEqualTo("from a");
        assertThat(loads.take(EarlyLoads.key("thing", "/models/a"), String.class, () -> "taken once")).isEqualTo("taken once");
    }

    @Test
    void aModelThatFailsEarlyFailsTheBeanWithTheSameExceptionAndMessage() {
        EarlyLoads loads = new EarlyLoads();
        Path missing = dir.resolve("abuse/abuse.zip");
        loads.begin(EarlyLoads.key("abuse", dir), () -> ModelArchive.read(missing));
        assertThatThrownBy(() -> loads.take(EarlyLoads.key("abuse", dir), ModelArchive.class, () -> null))
                .isExactlyInstanceOf(ModelNotFound.class).hasMessageContaining(missing.toString());
    }

    @Test
    void aCorruptModelLoadedEarlyFailsWithModelCorrupt() throws Exception {
        Path file = dir.resolve("broken.zip");
        Files.writeString(file, "not a zip");
        EarlyLoads loads = new EarlyLoads();
        loads.begin(EarlyLoads.key("broken"), () -> ModelArchive.read(file));
        assertThatThrownBy(() -> loads.take(EarlyLoads.key("broken"), ModelArchive.class, () -> null))
                .isExactlyInstanceOf(ModelCorrupt.class);
    }

    @Test
    void whatNobodyTookIsClosedWhenAbandonedOnceItIsUp() throws Exception {
        EarlyLoads loads = new EarlyLoads();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        loads.begin(EarlyLoads.key("database"), () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return (AutoCloseable) () -> closed.set(true);
        });
        Thread abandoning = new Thread(loads::abandon);
        abandoning.start();
        abandoning.join(300);
        assertThat(abandoning.isAlive()).as("waits for work still starting").isTrue();
        assertThat(closed).isFalse();
        release.countDown();
        abandoning.join(10_000);
        assertThat(abandoning.isAlive()).isFalse();
        assertThat(closed).as("closed as soon as it was up").isTrue();
        assertThat(loads.take(EarlyLoads.key("database"), Object.class, () -> "not begun")).isEqualTo("not begun");
    }

    @Test
    void abandoningIgnoresWorkThatFailed() {
        EarlyLoads loads = new EarlyLoads();
        loads.begin(EarlyLoads.key("broken"), () -> {
            throw new ModelNotFound("nowhere");
        });
        loads.abandon();
        assertThat(loads.take(EarlyLoads.key("broken"), String.class, () -> "not begun")).isEqualTo("not begun");
    }
}
