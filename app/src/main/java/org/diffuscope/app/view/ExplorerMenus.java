package org.diffuscope.app.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

import org.diffuscope.app.cli.VersionProvider;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.TargetFiles;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.TargetChoice;

/** The menu bar, with the usual shortcuts shown next to each command. */
final class ExplorerMenus {

    private final MenuBar bar = new MenuBar();
    private final ExplorerWindow window;
    private final ExplorerViewModel vm;

    ExplorerMenus(ExplorerWindow window, ExplorerViewModel vm) {
        this.window = window;
        this.vm = vm;
        bar.setId("menus");
        MenuItem open = item("Open target file…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::openTarget);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        MenuItem play = item("Play / Pause", new KeyCodeCombination(KeyCode.SPACE), vm::togglePlay);
        MenuItem step = item("Step", new KeyCodeCombination(KeyCode.RIGHT), vm::step);
        MenuItem reset = item("Reset", new KeyCodeCombination(KeyCode.R), vm::reset);
        MenuItem corrector = item("Corrector on/off", new KeyCodeCombination(KeyCode.C), window::toggleCorrector);
        Menu run = new Menu("Run", null, play, step, reset, new SeparatorMenuItem(), corrector);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        dark.selectedProperty().addListener((o, a, b) -> window.setDark(b));
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode (large text)");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().addListener((o, a, b) -> window.setPresentation(b));
        MenuItem fit = item("Fit view", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> window.canvas().fitView());
        MenuItem zoomIn = item("Zoom in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> window.canvas().zoom(1.25));
        MenuItem zoomOut = item("Zoom out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> window.canvas().zoom(0.8));
        Menu view = new Menu("View", null, dark, presentation, new SeparatorMenuItem(), fit, zoomIn, zoomOut);
        ViewMenu picture = new ViewMenu(window.display());
        view.getItems().addAll(new SeparatorMenuItem(), picture.picture(), picture.autoRotate());

        MenuItem about = item("About Diffuscope", null, this::about);
        Menu help = new Menu("Help", null, about);
        bar.getMenus().addAll(file, run, view, help);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    MenuBar bar() {
        return bar;
    }

    private void openTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a target file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Target files (*.json)", "*.json"));
        var file = chooser.showOpenDialog(window.root().getScene().getWindow());
        if (file != null) {
            openTarget(file.toPath());
        }
    }

    /** Loads a target file as a custom target; a bad file shows its message and changes nothing. */
    void openTarget(Path path) {
        try {
            new TargetFiles().read(path);
            String json = Files.readString(path, StandardCharsets.UTF_8);
            vm.setConfig(vm.config().withTarget(TargetChoice.custom(json)));
        } catch (InputException | IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("This target file cannot be used");
            alert.initOwner(window.root().getScene().getWindow());
            alert.show();
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Diffuscope " + VersionProvider.version() + "\n\nExact diffusion sampling: the reverse SDE, the "
                        + "probability-flow ODE and Langevin correctors, measured against the exact p_t.\n\n"
                        + "After Chen, Chewi, Lee, Li, Lu and Salim, The probability flow ODE is provably fast "
                        + "(NeurIPS 2023).");
        alert.setHeaderText("About Diffuscope");
        alert.initOwner(window.root().getScene().getWindow());
        alert.show();
    }
}
