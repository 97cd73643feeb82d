package org.diffuscope.app.view;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;

import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.LessonFiles;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.Lesson;

/**
 * The Lessons menu: the six demonstrations of science.md §8, and any lesson file a teacher wrote. Running a lesson
 * sets up the scene (the explorer, the race or the lab), shows what to watch, and plays.
 */
final class LessonMenu {

    private final ExplorerWindow window;
    private final ExplorerViewModel vm;
    private final LessonPanel panel;
    private final Menu menu = new Menu("Lessons");
    private Runnable restore;

    LessonMenu(ExplorerWindow window, ExplorerViewModel vm, LessonPanel panel) {
        this.window = window;
        this.vm = vm;
        this.panel = panel;
        menu.setId("lessons-menu");
        List<Lesson> lessons = new LessonFiles().bundled();
        int i = 0;
        for (Lesson l : lessons) {
            MenuItem item = new MenuItem((++i) + ". " + l.title());
            item.setOnAction(e -> run(l));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open lesson file…");
        open.setOnAction(e -> open());
        menu.getItems().addAll(new SeparatorMenuItem(), open);
    }

    Menu menu() {
        return menu;
    }

    /** Sets the lesson's scene up, shows its text, and starts it. */
    void run(Lesson l) {
        if (!panel.showing()) {
            // the user's own settings, kept across lessons opened one after another until restored or closed
            ExperimentConfig config = vm.config();
            Overlays overlays = vm.overlaysProperty().get();
            double speed = vm.speedProperty().get();
            restore = () -> {
                vm.pause();
                vm.load(config);
                vm.overlaysProperty().set(overlays);
                vm.speedProperty().set(speed);
                window.showMode(0);
            };
        }
        vm.load(l.scenario().config());
        vm.overlaysProperty().set(l.scenario().overlays());
        vm.speedProperty().set(l.scenario().speed());
        if (l.scenario().view() != null) {
            var v = l.scenario().view();
            window.canvas().setViewport(new org.diffuscope.app.render.Viewport(v.centerX(), v.centerY(), v.scale(), 1, 1));
        } else {
            window.canvas().fitView();
        }
        panel.show(l, setupText(l), restore);
        switch (l.mode()) {
            case EXPLORE -> {
                window.showMode(0);
                if (l.autoplay()) {
                    vm.play();
                }
            }
            case RACE -> {
                window.showMode(1);
                window.race().setLanes(l.lanes(), l.equalCost());
                if (l.autoplay()) {
                    window.race().playWhenLoaded();
                }
            }
            case LAB -> {
                window.showMode(2);
                window.lab().apply(l.lab());
                if (l.autoplay()) {
                    window.lab().start();
                }
            }
        }
    }

    /** What the lesson set on the left, in one sentence. */
    static String setupText(Lesson l) {
        ExperimentConfig c = l.scenario().config();
        String target = c.target().isPreset() ? c.target().preset() + " (" + c.target().dim() + "D)" : "its own target";
        String corrector = c.corrector().enabled() ? " + " + c.corrector().name() : ", no corrector";
        String where = switch (l.mode()) {
            case EXPLORE -> "";
            case RACE -> " The race panes have their own samplers.";
            case LAB -> " The lab has its own experiment.";
        };
        return String.format(java.util.Locale.ROOT, "The lesson set the controls on the left: %s, %s process, %s with"
                + " %d steps%s, %,d particles.%s", target, c.process().name(), c.sampler().name(), c.sampler().steps(),
                corrector, c.particles(), where);
    }

    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson files (*.json)", "*.json"));
        var file = chooser.showOpenDialog(window.root().getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            run(new LessonFiles().read(file.toPath()));
        } catch (InputException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("This lesson file cannot be used");
            alert.initOwner(window.root().getScene().getWindow());
            alert.show();
        }
    }
}
