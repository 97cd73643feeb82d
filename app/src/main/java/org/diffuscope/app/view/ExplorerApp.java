package org.diffuscope.app.view;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.diffuscope.app.io.UserFiles;
import org.diffuscope.app.viewmodel.MemoryBudget;
import org.diffuscope.app.viewmodel.ExplorerViewModel;

/** The explorer application: one window on the default scene (ring of 8 under the paper's ODE predictor). */
public final class ExplorerApp extends Application {

    private final UserFiles userFiles;
    private ExplorerViewModel vm;
    private ExplorerWindow window;
    private SessionKeeper session;

    /** The application as launched: the user's session and recent files in the configuration folder. */
    public ExplorerApp() {
        this(UserFiles.standard());
    }

    /** With the given session and recent-files store (tests pass a temporary folder or none). */
    ExplorerApp(UserFiles userFiles) {
        this.userFiles = userFiles;
    }

    /**
     * Threads of the window's sampling runs: all cores but one, which stays free for painting, so stepping at full
     * speed does not starve the picture (on 2 cores this halves the steps per second and doubles the frames drawn).
     */
    public static int samplingThreads(int cores) {
        return Math.max(1, cores - 1);
    }

    @Override
    public void start(Stage stage) {
        // compile the hot loops in the background while the first frame shows (performance.md, lesson 7)
        WarmUp.start();
        Runtime rt = Runtime.getRuntime();
        vm = new ExplorerViewModel(Platform::runLater, samplingThreads(rt.availableProcessors()), rt.maxMemory() / 3);
        window = new ExplorerWindow(vm, maxParticles(rt.maxMemory()), userFiles, rt.maxMemory());
        stage.setTitle("Diffuscope");
        stage.getIcons().setAll(AppIcons.all());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(window.scene(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        session = new SessionKeeper(userFiles, window, vm);
        String restoreProblem = session.restore(rt.maxMemory());
        stage.show();
        vm.start();
        if (restoreProblem != null) {
            window.inform(restoreProblem);
        }
        // a scenario or target file or share string given on the command line replaces the restored session
        Parameters p = getParameters();
        if (p != null && !p.getRaw().isEmpty()) {
            window.documents().openArgument(p.getRaw().get(0));
        }
        session.start();
    }

    /** The most particles the history and the run fit in with this heap (about 400 bytes each, 2D). */
    static int maxParticles(long maxMemory) {
        return MemoryBudget.maxParticles(maxMemory, 2);
    }

    @Override
    public void stop() {
        // the window's timers and nodes belong to the FX thread: tests call stop() from theirs
        if (Platform.isFxApplicationThread()) {
            shutDown();
            return;
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                shutDown();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shutDown() {
        if (session != null) {
            session.stop();
        }
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

    SessionKeeper session() {
        return session;
    }
}
