package org.diffuscope.app.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: the content goes to a temporary file in the same directory, which is then moved over
 * the destination, so a reader sees either the old file, the complete new one, or none — never a torn file.
 */
public final class AtomicFiles {

    /** Writes text through a writer. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    /** Writes bytes through a stream. */
    @FunctionalInterface
    public interface ByteBody {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Checks that a file can be created at path (its directory exists); throws InputException naming the flag. */
    public static void checkWritable(Path path, String flag) {
        Path dir = directoryOf(path);
        if (!Files.isDirectory(dir)) {
            throw new InputException(flag + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(flag + ": " + path + " is a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new InputException(flag + ": directory " + dir + " is not writable");
        }
    }

    public static void writeText(Path path, TextBody body) throws IOException {
        writeBytes(path, out -> {
            Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    public static void writeString(Path path, String text) throws IOException {
        writeText(path, w -> w.write(text));
    }

    public static void writeBytes(Path path, ByteBody body) throws IOException {
        Path dir = directoryOf(path);
        Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            keepPermissions(tmp, path);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is private (rw-------); the written file gets the permissions of the file it replaces, or
     * rw-r--r-- when new, as a file written in place would have under the usual umask.
     */
    private static void keepPermissions(Path tmp, Path path) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(path) ? Files.getPosixFilePermissions(path)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static Path directoryOf(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
