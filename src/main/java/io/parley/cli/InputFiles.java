package io.parley.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What a command may read as an input file: anything that opens and is not a directory. A named pipe is one:
 * {@code parley extract <(curl -s URL)} hands the command /dev/fd/63, which is no regular file, and was refused as
 * "no such file". A symbolic link that leads nowhere (a loop, a removed target) is named as such, not as a typo.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Why {@code file} cannot be read as an input, for a message after its name; null when it can. */
    static String problem(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (Files.exists(file)) {
            return null;
        }
        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "is a symbolic link that leads to no file (a loop, or its target is gone)";
        }
        return "does not exist";
    }

    /**
     * The usage line for an input a command reads only as a regular file ({@code evaluate}'s labelled files): a
     * directory or a broken link is named as what it is (a directory was "no such input file", sending the user
     * looking for a typo in a name that exists); {@code noSuch} starts the line for a name that does not exist.
     */
    static String notAFile(Path file, String noSuch) {
        String why = problem(file);
        if (why == null) {
            return file + " is not a regular file (a pipe or device); name the file itself";
        }
        return why.equals("does not exist") ? noSuch + file : file + " " + why + "; name a file";
    }
}
