package org.diffuscope.app.view;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.ScenarioFiles;
import org.diffuscope.app.io.ShareStrings;
import org.diffuscope.app.io.TargetFiles;
import org.diffuscope.app.io.UserFiles;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.MemoryBudget;
import org.diffuscope.app.viewmodel.Scenario;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.target.Target;

/**
 * Opening and saving what a user works on: scenario and target files (by dialog, by dropping them on the window,
 * from the recent files), share strings through the clipboard. A file that cannot be used shows its message and
 * changes nothing. FX thread only.
 */
final class DocumentActions {

    private final ExplorerWindow window;
    private final ExplorerViewModel vm;
    private final UserFiles userFiles;
    private final long maxMemory;
    private final ScenarioFiles scenarios = new ScenarioFiles();
    private final TargetFiles targets = new TargetFiles();
    private final ShareStrings share = new ShareStrings();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(null);
    private Consumer<List<Path>> recentListener = l -> { };
    private SaveDialogs saveDialogs;

    DocumentActions(ExplorerWindow window, ExplorerViewModel vm, UserFiles userFiles, long maxMemory) {
        this.window = window;
        this.vm = vm;
        this.userFiles = userFiles;
        this.maxMemory = maxMemory;
    }

    /** Called with the recent files, newest first, whenever they change. */
    void onRecentChanged(Consumer<List<Path>> listener) {
        this.recentListener = listener;
        listener.accept(userFiles.recentFiles());
    }

    /** The message of the last file or string that could not be used (for tests), or null. */
    ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    SaveDialogs saveDialogs() {
        if (saveDialogs == null) {
            saveDialogs = new SaveDialogs(window.root().getScene().getWindow());
        }
        return saveDialogs;
    }

    /** Lets the dropping of scenario and target files on the window open them. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean ok = !files.isEmpty() && open(files.get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a scenario or target file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Scenario and target files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(window.root().getScene().getWindow());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens what the command line named: a share string, or a scenario or target file; false if it cannot be used. */
    boolean openArgument(String argument) {
        return argument.startsWith("diffuscope:") ? openShareString(argument) : open(Path.of(argument));
    }

    /** Opens a scenario or a target file (told apart by the scenario's format key); false if it cannot be used. */
    boolean open(Path path) {
        try {
            if (Files.isRegularFile(path) && Files.size(path) <= ScenarioFiles.MAX_BYTES
                    && scenarios.isScenario(Files.readString(path, StandardCharsets.UTF_8))) {
                return show(scenarios.read(path), path);
            }
            return openTarget(path);
        } catch (IOException e) {
            return fail("This file cannot be opened", "cannot read " + path + " (" + e.getMessage() + ")");
        } catch (InputException e) {
            return fail("This file cannot be used", e.getMessage());
        }
    }

    /** Loads a target file as a custom target. */
    boolean openTarget(Path path) {
        try {
            Target t = targets.read(path);
            String json = new ObjectMapper().readTree(Files.readString(path, StandardCharsets.UTF_8)).toString();
            String tooMany = MemoryBudget.check(vm.config().particles(), t.dim(), maxMemory);
            if (tooMany != null) {
                return fail("This target does not fit", tooMany);
            }
            vm.setConfig(vm.config().withTarget(TargetChoice.custom(json)));
            remember(path);
            return true;
        } catch (InputException e) {
            return fail("This target file cannot be used", e.getMessage());
        } catch (IOException e) {
            return fail("This target file cannot be used", "cannot read " + path + " (" + e.getMessage() + ")");
        }
    }

    /** Shows a scenario if its particles fit in memory; path (may be null) goes to the recent files. */
    boolean show(Scenario s, Path path) {
        int dim = s.config().target().isPreset() ? s.config().target().dim()
                : RunFactory.target(s.config().target()).dim();
        String tooMany = MemoryBudget.check(s.config().particles(), dim, maxMemory);
        if (tooMany != null) {
            return fail("This scenario does not fit", tooMany);
        }
        lastError.set(null);
        vm.applyScenario(s);
        window.canvas().showView(s.view(), s.config().target());
        window.canvas().showCamera(s.camera(), s.config().target());
        if (path != null) {
            remember(path);
        }
        return true;
    }

    /** The scenario on screen, with the 2D view's centre and scale and, in 3D, the camera. */
    Scenario current() {
        Viewport v = window.canvas().viewport();
        return vm.scenario(v == null ? null : new Scenario.View(v.centerX(), v.centerY(), v.scale()),
                window.canvas().savedCamera());
    }

    void saveScenario() {
        saveDialogs().choose("Save the scenario", "scenario.json", "Scenario files", "json").ifPresent(p -> {
            try {
                scenarios.write(p, current());
                remember(p);
                window.inform("Saved the scenario to " + p.getFileName());
            } catch (IOException e) {
                fail("The scenario was not saved", "cannot write " + p + " (" + e.getMessage() + ")");
            }
        });
    }

    /** Saves the custom target on screen as a target file (loadable by the command line's --target). */
    void saveTarget() {
        TargetChoice t = vm.config().target();
        if (t.isPreset()) {
            fail("No custom target to save", "the target is the preset " + t.preset()
                    + ": draw one (Draw target) or open a target file first");
            return;
        }
        saveDialogs().choose("Save the target", "target.json", "Target files", "json").ifPresent(p -> {
            try {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                org.diffuscope.app.io.AtomicFiles.writeString(p, m.writeValueAsString(m.readTree(t.json())) + "\n");
                remember(p);
                window.inform("Saved the target to " + p.getFileName() + " (use it with --target " + p.getFileName() + ")");
            } catch (IOException e) {
                fail("The target was not saved", "cannot write " + p + " (" + e.getMessage() + ")");
            }
        });
    }

    /** Puts the scenario's share string on the clipboard. */
    String copyShareString() {
        String text = share.encode(current());
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        window.inform("Copied the scenario as a share string (" + text.length() + " characters): paste it into a mail");
        return text;
    }

    /** Shows the scenario of the share string on the clipboard. */
    boolean pasteShareString() {
        return openShareString(Clipboard.getSystemClipboard().getString());
    }

    boolean openShareString(String text) {
        try {
            return show(share.decode(text), null);
        } catch (InputException e) {
            return fail("This share string cannot be used", e.getMessage());
        }
    }

    private void remember(Path path) {
        try {
            recentListener.accept(userFiles.addRecent(path));
        } catch (IOException e) {
            // the recent list is a convenience: failing to write it must not fail the open or save
        }
    }

    boolean fail(String header, String message) {
        lastError.set(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        if (window.root().getScene() != null) {
            alert.initOwner(window.root().getScene().getWindow());
        }
        alert.show();
        return false;
    }
}
