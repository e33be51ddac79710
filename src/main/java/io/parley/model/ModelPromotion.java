package io.parley.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a new model file in the place the service reads and keeps the one it replaces for a rollback. A model is its
 * file plus the sidecars beside it (provenance, metrics); all of them move together. The replaced model goes to
 * {@code previous/} beside the target (one generation: an older previous is dropped), so
 * {@code models/abuse/abuse.zip} becomes {@code models/abuse/previous/abuse.zip}, its provenance.json and metrics.json
 * with it. {@link #rollback} swaps the two, so a second rollback undoes the first.
 *
 * <p>The new files are first copied beside the target under temporary names and then moved into place, each move
 * atomic: a crash leaves either model whole, at worst with the other's sidecars.
 */
public final class ModelPromotion {

    /** The folder beside the target that keeps the replaced model. */
    public static final String PREVIOUS = "previous";

    /** The sidecars a model file of the models folder has: {@code provenance.json}, {@code metrics.json}. */
    public static final List<String> SIDECARS = List.of(ModelArchive.PROVENANCE, "metrics.json");

    private ModelPromotion() {
    }

    /**
     * Puts {@code candidate} (with the {@code sidecars} beside it) at {@code target}; what was at {@code target} goes
     * to {@code previous/}. Returns where the replaced model went, or null when there was none.
     */
    public static Path promote(Path candidate, Path target, List<String> sidecars) {
        if (!Files.isRegularFile(candidate)) {
            throw new ModelNotFound(candidate.toString());
        }
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            List<Path[]> incoming = new ArrayList<>();
            incoming.add(new Path[]{stage(candidate, dir), target});
            for (String s : sidecars) {
                Path from = candidate.resolveSibling(s);
                if (Files.isRegularFile(from)) {
                    incoming.add(new Path[]{stage(from, dir), target.resolveSibling(s)});
                }
            }
            Path previous = null;
            if (Files.isRegularFile(target)) {
                previous = keep(target, sidecars);
            }
            for (Path[] move : incoming) {
                Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + candidate + " at " + target, e);
        }
    }

    /**
     * Swaps {@code target} and the model kept in {@code previous/} (with their sidecars). Returns false, changing
     * nothing, when there is no previous model.
     */
    public static boolean rollback(Path target, List<String> sidecars) {
        Path kept = previous(target);
        if (!Files.isRegularFile(kept)) {
            return false;
        }
        try {
            Path swap = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".rollback-");
            Path staged = swap.resolve(target.getFileName());
            Files.move(kept, staged, StandardCopyOption.ATOMIC_MOVE);
            for (String s : sidecars) {
                if (Files.isRegularFile(kept.resolveSibling(s))) {
                    Files.move(kept.resolveSibling(s), swap.resolve(s), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            promote(staged, target, sidecars);
            for (String s : sidecars) {
                Files.deleteIfExists(swap.resolve(s));
            }
            Files.deleteIfExists(staged);
            Files.deleteIfExists(swap);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll " + target + " back", e);
        }
    }

    /** Where the model replaced at {@code target} is kept. */
    public static Path previous(Path target) {
        return target.toAbsolutePath().getParent().resolve(PREVIOUS).resolve(target.getFileName());
    }

    private static Path keep(Path target, List<String> sidecars) throws IOException {
        Path kept = previous(target);
        Files.createDirectories(kept.getParent());
        Files.move(target, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (String s : sidecars) {
            Path side = target.resolveSibling(s);
            Files.deleteIfExists(kept.resolveSibling(s));
            if (Files.isRegularFile(side)) {
                Files.move(side, kept.resolveSibling(s), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return kept;
    }

    private static Path stage(Path from, Path dir) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + from.getFileName(), ".incoming");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        return tmp;
    }
}
