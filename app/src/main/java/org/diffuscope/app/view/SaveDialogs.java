package org.diffuscope.app.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where to save a file, asked with the platform's save dialog, then made safe: the extension is added when the
 * name lacks it, and replacing an existing file is confirmed. The platform dialogs (GTK, Windows, macOS) ask
 * before returning a name that exists; a name that exists only after the extension was added, which they never
 * saw, is confirmed here. FX thread only.
 */
final class SaveDialogs {

    /** Asks whether to replace an existing file; the window's tests answer without a dialog. */
    private final Predicate<Path> confirmReplace;
    private final Window owner;
    private File lastDirectory;

    SaveDialogs(Window owner) {
        this(owner, null);
    }

    SaveDialogs(Window owner, Predicate<Path> confirmReplace) {
        this.owner = owner;
        this.confirmReplace = confirmReplace != null ? confirmReplace : this::askReplace;
    }

    /**
     * The path to save to, or empty when the user cancelled.
     *
     * @param extension without the dot, e.g. {@code png}
     */
    Optional<Path> choose(String title, String initialName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*." + extension + ")",
                "*." + extension));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return confirm(f.toPath(), Files.exists(f.toPath()), extension);
    }

    /**
     * The path to write for a name the user chose: with the extension added, and empty if it exists and the user
     * does not want it replaced.
     *
     * @param dialogAsked the platform dialog already confirmed replacing exactly this name
     */
    Optional<Path> confirm(Path chosen, boolean dialogAsked, String extension) {
        Path p = withExtension(chosen, extension);
        boolean askedForThis = dialogAsked && p.equals(chosen);
        if (Files.exists(p) && !askedForThis && !confirmReplace.test(p)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? p : p.resolveSibling(name + "." + extension);
    }

    private boolean askReplace(Path p) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, p.getFileName() + " already exists in "
                + p.getParent() + ". Replace it?", ButtonType.CANCEL, new ButtonType("Replace"));
        alert.setHeaderText("Replace " + p.getFileName() + "?");
        alert.initOwner(owner);
        return alert.showAndWait().map(b -> "Replace".equals(b.getText())).orElse(false);
    }
}
