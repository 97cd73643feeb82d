package org.diffuscope.app.view;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;

/** The explorer application: one window on the default scene (ring of 8 under the paper's ODE predictor). */
public final class ExplorerApp extends Application {

    private ExplorerViewModel vm;
    private ExplorerWindow window;

    @Override
    public void start(Stage stage) {
        // compile the hot loops in the background while the first frame shows (performance.md, lesson 7)
        WarmUp.start();
        Runtime rt = Runtime.getRuntime();
        vm = new ExplorerViewModel(Platform::runLater, rt.availableProcessors(), rt.maxMemory() / 3);
        window = new ExplorerWindow(vm, maxParticles(rt.maxMemory()));
        stage.setTitle("Diffuscope");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(window.scene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.show();
        vm.start();
    }

    /** The most particles the history and the run fit in with this heap (about 400 bytes each, 2D). */
    static int maxParticles(long maxMemory) {
        return (int) Math.max(1000, Math.min(ExperimentConfig.MAX_PARTICLES, maxMemory / 400));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (vm != null) {
            vm.close();
        }
    }

    /** The view model (for tests). */
    ExplorerViewModel viewModel() {
        return vm;
    }

    ExplorerWindow window() {
        return window;
    }
}
