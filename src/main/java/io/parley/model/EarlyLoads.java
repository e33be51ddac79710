package io.parley.model;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Slow start-up work (model files, the embedded database) begun on threads of its own as soon as the
 * configuration is known, so that it runs on the second core while Spring builds the application on the
 * first. The bean that needs a result {@link #take takes} it, waiting if it must; a failure surfaces there,
 * as the very exception the work would have thrown on the bean's own thread, so a missing or corrupt model
 * still stops startup with its message. Work nobody began is simply done by the bean itself.
 */
public final class EarlyLoads {

    /** The singleton's name in the application context. */
    public static final String BEAN = "parleyEarlyLoads";

    private static final Logger LOG = LoggerFactory.getLogger(EarlyLoads.class);

    private final Map<String, CompletableFuture<Object>> begun = new ConcurrentHashMap<>();

    /**
     * The key of a piece of work: what it loads and every setting it depends on, so that a bean whose
     * settings differ from the ones the early work saw never receives the wrong result.
     */
    public static String key(String what, Object... settings) {
        return what + Stream.of(settings).map(String::valueOf).collect(Collectors.joining("|", "[", "]"));
    }

    private final java.util.Set<String> resources = ConcurrentHashMap.newKeySet();

    /**
     * As {@link #begin}, for work that holds something outside the JVM until closed (the embedded database): a failed
     * start waits for it, to close it, while it lets model loads go (see {@link #abandonAfterFailure}).
     */
    public void beginResource(String key, Supplier<?> work) {
        resources.add(key);
        begin(key, work);
    }

    /** Begins {@code work} on a daemon thread of its own; the same key twice begins it once. */
    public void begin(String key, Supplier<?> work) {
        begun.computeIfAbsent(key, k -> {
            CompletableFuture<Object> result = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "early-" + k.substring(0, k.indexOf('[')));
            t.setDaemon(true);
            t.start();
            return result;
        });
    }

    /**
     * The result of the work begun under {@code key}, waiting for it; when none was begun, {@code now} on
     * the caller's thread. Either way a failure is thrown as the work threw it.
     */
    public <T> T take(String key, Class<T> type, Supplier<T> now) {
        CompletableFuture<Object> result = begun.remove(key);
        if (result == null) {
            return now.get();
        }
        try {
            return type.cast(result.join());
        } catch (CompletionException e) {
            Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** {@link #take} from the context's early loads when the application was started with them. */
    public static <T> T take(ObjectProvider<EarlyLoads> loads, String key, Class<T> type, Supplier<T> now) {
        EarlyLoads early = loads.getIfAvailable();
        return early == null ? now.get() : early.take(key, type, now);
    }

    /**
     * Gives up the work nobody took (startup failed before its bean, or the application had no such bean):
     * waits for it to finish, so that nothing is left half-started when the JVM exits, and closes what it
     * opened, such as an embedded database.
     */
    public void abandon() {
        abandon(false);
    }

    /**
     * After a failed start: closes the resources begun early (waiting for them) but does not wait for model loads still
     * running, which held a start that had already failed (a port that is no number, a database nobody listens on) for
     * the minute or two the models take to load on a busy machine; their daemon threads end with the JVM.
     */
    public void abandonAfterFailure() {
        abandon(true);
    }

    private void abandon(boolean afterFailure) {
        for (String key : List.copyOf(begun.keySet())) {
            CompletableFuture<Object> result = begun.remove(key);
            if (result == null) {
                continue;
            }
            if (afterFailure && !resources.contains(key) && !result.isDone()) {
                continue;
            }
            Object done;
            try {
                done = result.join();
            } catch (CompletionException | CancellationException failed) {
                continue;
            }
            if (done instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("could not close {} loaded early: {}", key, e.toString());
                }
            }
        }
    }
}
