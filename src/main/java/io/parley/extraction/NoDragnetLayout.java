package io.parley.extraction;

/**
 * A location given as Dragnet data holds no {@code HTML/} and {@code Corrected/} directories (nor a {@code dragnet/}
 * folder or {@code .tar.gz} with them): bad input to {@code train extraction} and {@code evaluate extraction}.
 */
public final class NoDragnetLayout extends IllegalArgumentException {

    public NoDragnetLayout(java.nio.file.Path location) {
        super(location + " has no HTML/ and Corrected/ directories (the Dragnet layout)");
    }
}
