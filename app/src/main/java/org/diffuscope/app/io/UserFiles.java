package org.diffuscope.app.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.diffuscope.app.viewmodel.Scenario;

/**
 * The files Diffuscope keeps for its user between runs: the last session (a scenario file) and the recent files
 * (one path a line), in the user's configuration folder ({@code $XDG_CONFIG_HOME/diffuscope}, else
 * {@code ~/.config/diffuscope}; on Windows {@code %APPDATA%\Diffuscope}). The system property
 * {@code diffuscope.config.dir} moves it; the value {@code none} keeps nothing (the tests' setting).
 */
public final class UserFiles {

    /** The system property that moves the folder, or turns persistence off with {@code none}. */
    public static final String PROPERTY = "diffuscope.config.dir";
    /** How many recent files the File menu lists. */
    public static final int MAX_RECENT = 10;

    private final Path dir;

    private UserFiles(Path dir) {
        this.dir = dir;
    }

    /** Files in this folder (created on the first write). */
    public static UserFiles in(Path dir) {
        return new UserFiles(dir);
    }

    /** Keeps nothing: reads find nothing, writes are dropped. */
    public static UserFiles none() {
        return new UserFiles(null);
    }

    /** The user's folder, or the one the system property names. */
    public static UserFiles standard() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return "none".equals(p.strip()) ? none() : in(Path.of(p.strip()));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String appData = System.getenv("APPDATA");
        if (os.contains("win") && appData != null && !appData.isBlank()) {
            return in(Path.of(appData, "Diffuscope"));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return in(base.resolve("diffuscope"));
    }

    /** Whether anything is kept. */
    public boolean persistent() {
        return dir != null;
    }

    /** The folder, or null when nothing is kept. */
    public Path directory() {
        return dir;
    }

    Path session() {
        return dir.resolve("session.json");
    }

    /**
     * The last session, or empty when there is none. A session file that cannot be read is moved aside to
     * {@code session.json.bad} (so it is looked at once, not at every start) and reported as an InputException.
     */
    public Optional<Scenario> readSession() {
        if (dir == null || !Files.exists(session())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScenarioFiles().read(session()));
        } catch (InputException e) {
            try {
                Files.move(session(), dir.resolve("session.json.bad"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the message below still tells the user; the next start will try again
            }
            throw e;
        }
    }

    /** Saves the session (atomically, creating the folder). */
    public void writeSession(String scenarioJson) throws IOException {
        if (dir == null) {
            return;
        }
        Files.createDirectories(dir);
        AtomicFiles.writeString(session(), scenarioJson);
    }

    /** The recent files, newest first (missing or unreadable list: none). */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        if (dir == null) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(dir.resolve("recent-files.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < MAX_RECENT) {
                    try {
                        out.add(Path.of(line.strip()));
                    } catch (java.nio.file.InvalidPathException ignored) {
                        // a line that is no path on this system is skipped
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Puts a file first in the recent files (dropping repeats and the oldest beyond {@link #MAX_RECENT}). */
    public List<Path> addRecent(Path file) throws IOException {
        List<Path> list = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        if (dir != null) {
            Files.createDirectories(dir);
            StringBuilder sb = new StringBuilder();
            for (Path p : list) {
                sb.append(p).append('\n');
            }
            AtomicFiles.writeString(dir.resolve("recent-files.txt"), sb.toString());
        }
        return list;
    }
}
