package io.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One model file: a zip with {@code spec.json} (the feature configuration serving must reuse),
 * {@code provenance.json} and any number of binary entries (a DL4J network, an OpenNLP model).
 * Keeping the spec inside the file is what stops serving from drifting away from training.
 */
public final class ModelArchive {

    public static final String SPEC = "spec.json";
    public static final String PROVENANCE = "provenance.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    private final String location;
    private final JsonNode spec;
    private final Provenance provenance;
    private final Map<String, byte[]> entries;

    private ModelArchive(String location, JsonNode spec, Provenance provenance, Map<String, byte[]> entries) {
        this.location = location;
        this.spec = spec;
        this.provenance = provenance;
        this.entries = entries;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Writes a model file atomically (temp file then move), so a crash never leaves half a model, and its provenance
     * beside it as {@code provenance.json}.
     */
    public static void write(Path file, Object spec, Provenance provenance, Map<String, byte[]> binaries) {
        write(file, spec, provenance, binaries, PROVENANCE);
    }

    /**
     * {@link #write} with the provenance beside the model under {@code provenanceName}: a folder holding two models
     * (extraction's block and text-line models) gives each its own.
     */
    public static void write(Path file, Object spec, Provenance provenance, Map<String, byte[]> binaries,
                             String provenanceName) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, SPEC, JSON.writeValueAsBytes(spec));
                put(zip, PROVENANCE, JSON.writeValueAsBytes(provenance));
                for (Map.Entry<String, byte[]> e : binaries.entrySet()) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.write(file.resolveSibling(provenanceName), JSON.writeValueAsBytes(provenance));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write model " + file, e);
        }
    }

    /** Writes {@code value} as indented JSON (a model's metrics.json), creating the folder. */
    public static void writeJson(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reads a model file from disk; missing or unreadable files fail with a message naming the file. */
    public static ModelArchive read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelNotFound(file.toString());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new ModelCorrupt(file.toString(), e);
        }
    }

    /** Reads a model file from the classpath (the jar ships the committed models). */
    public static ModelArchive readResource(String resource) {
        InputStream in = ModelArchive.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new ModelNotFound("classpath:" + resource);
        }
        try (in) {
            return read("classpath:" + resource, in);
        } catch (IOException e) {
            throw new ModelCorrupt("classpath:" + resource, e);
        }
    }

    /**
     * Resolves a model: a file under {@code modelsDir} when that is set (the override), else the
     * classpath copy under {@code models/}.
     */
    public static ModelArchive locate(String modelsDir, String relative) {
        ModelArchive a = modelsDir != null && !modelsDir.isBlank() ? read(Path.of(modelsDir).resolve(relative))
                : readResource("models/" + relative);
        // A file copied to the wrong place (a stance model as abuse/abuse.zip) would otherwise fail on the first field
        // its spec lacks ("Unrecognized field ..."), which says nothing of what the file is.
        int slash = relative.indexOf('/');
        String task = slash > 0 ? relative.substring(0, slash) : null;
        Provenance p = a.provenance();
        if (task != null && p != null && p.task() != null && !p.task().equals(task)) {
            throw new ModelCorrupt(a.location(), "this is " + article(p.task()) + " " + p.task() + " model (" + p.name()
                    + " " + p.version() + "), not " + article(task) + " " + task + " model");
        }
        return a;
    }

    private static ModelArchive read(String location, InputStream raw) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                zip.transferTo(buf);
                entries.put(e.getName(), buf.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            throw new ModelCorrupt(location, "not a readable zip (" + e.getMessage() + ")");
        }
        if (!entries.containsKey(SPEC) || !entries.containsKey(PROVENANCE)) {
            throw new ModelCorrupt(location, "missing " + SPEC + " or " + PROVENANCE);
        }
        try {
            return new ModelArchive(location, JSON.readTree(entries.get(SPEC)),
                    JSON.readValue(entries.get(PROVENANCE), Provenance.class), entries);
        } catch (IOException e) {
            throw new ModelCorrupt(location, "bad JSON in spec or provenance (" + e.getMessage() + ")");
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    public String location() {
        return location;
    }

    public JsonNode spec() {
        return spec;
    }

    public <T> T spec(Class<T> type) {
        try {
            return JSON.treeToValue(spec, type);
        } catch (IOException e) {
            throw new ModelCorrupt(location, "spec does not match " + type.getSimpleName() + " (" + e.getMessage() + ")");
        }
    }

    public Provenance provenance() {
        return provenance;
    }

    /**
     * A Deeplearning4j network entry; a missing or unreadable one means the file is corrupt ({@link ModelCorrupt}
     * naming the entry).
     */
    public MultiLayerNetwork network(String name) {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new java.io.ByteArrayInputStream(entry(name)), false);
        } catch (ModelCorrupt e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelCorrupt(location, "cannot read the network " + name + " (" + e.getMessage() + ")");
        }
    }

    /** A network as a model-file entry: configuration and weights, no updater state (models are not trained further). */
    public static byte[] networkBytes(MultiLayerNetwork net) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ModelSerializer.writeModel(net, out, false);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the file holds an optional entry (one a newer trainer adds and older files lack). */
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** A binary entry; a missing one means the file does not match the code reading it. */
    public byte[] entry(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelCorrupt(location, "missing entry " + name);
        }
        return bytes;
    }
}
