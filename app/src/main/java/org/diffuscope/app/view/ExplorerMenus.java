package org.diffuscope.app.view;

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

import org.diffuscope.app.cli.VersionProvider;
import org.diffuscope.app.viewmodel.ExplorerViewModel;

/** The menu bar, with the usual shortcuts shown next to each command. */
final class ExplorerMenus {

    private final MenuBar bar = new MenuBar();
    private final ExplorerWindow window;
    private final ExplorerViewModel vm;

    ExplorerMenus(ExplorerWindow window, ExplorerViewModel vm) {
        this.window = window;
        this.vm = vm;
        bar.setId("menus");
        Menu file = fileMenu();

        MenuItem play = item("Play / Pause", new KeyCodeCombination(KeyCode.SPACE), vm::togglePlay);
        MenuItem step = item("Step", new KeyCodeCombination(KeyCode.RIGHT), vm::step);
        MenuItem back = item("Back one frame", new KeyCodeCombination(KeyCode.LEFT), vm::back);
        MenuItem reset = item("Reset", new KeyCodeCombination(KeyCode.R), vm::reset);
        MenuItem corrector = item("Corrector on/off", new KeyCodeCombination(KeyCode.C), window::toggleCorrector);
        Menu run = new Menu("Run", null, play, step, back, reset, new SeparatorMenuItem(), corrector);

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

    /** Open, recent files, save, share strings, exports and quit. */
    private Menu fileMenu() {
        DocumentActions docs = window.documents();
        ExportActions ex = window.exports();
        MenuItem open = item("Open scenario or target…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                docs::openDialog);
        Menu recent = new Menu("Open recent");
        recent.setId("recent-files");
        docs.onRecentChanged(list -> {
            recent.getItems().clear();
            for (Path p : list) {
                recent.getItems().add(item(p.getFileName() + "   (" + p.getParent() + ")", null, () -> docs.open(p)));
            }
            recent.setDisable(list.isEmpty());
        });
        MenuItem save = item("Save scenario…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                docs::saveScenario);
        MenuItem saveTarget = item("Save target file…", null, docs::saveTarget);
        MenuItem copy = item("Copy scenario as share string", new KeyCodeCombination(KeyCode.C,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), docs::copyShareString);
        MenuItem paste = item("Paste share string", new KeyCodeCombination(KeyCode.V,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), docs::pasteShareString);
        Menu export = new Menu("Export", null,
                item("Picture (PNG, screen size)…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        () -> ex.picture(1)),
                item("Picture (PNG, 2 × size)…", null, () -> ex.picture(2)),
                item("Picture (PNG, 4 × size)…", null, () -> ex.picture(4)),
                item("Animation of the run (GIF)…", null, ex::animation),
                new SeparatorMenuItem(),
                item("Particles (CSV)…", null, ex::particles),
                item("Trajectories (CSV)…", null, ex::trajectories),
                item("Metrics (CSV)…", null, ex::metrics),
                item("Charts (PNG)…", null, () -> ex.charts(window.metrics().charts())));
        export.setId("export");
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), save, saveTarget,
                new SeparatorMenuItem(), copy, paste, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
        file.setId("file-menu");
        return file;
    }

    /** Loads a target file as a custom target; a bad file shows its message and changes nothing. */
    void openTarget(Path path) {
        window.documents().openTarget(path);
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Diffuscope " + VersionProvider.version() + "\n\nExact diffusion sampling: the reverse SDE, the "
                        + "probability-flow ODE and Langevin correctors, measured against the exact p_t.\n\n"
                        + "After Chen, Chewi, Lee, Li, Lu and Salim, The probability flow ODE is provably fast "
                        + "(NeurIPS 2023).");
        alert.setHeaderText("About Diffuscope");
        AppIcons.largest().ifPresent(img -> {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(img);
            view.setFitWidth(64);
            view.setFitHeight(64);
            alert.setGraphic(view);
        });
        alert.initOwner(window.root().getScene().getWindow());
        alert.show();
    }
}
