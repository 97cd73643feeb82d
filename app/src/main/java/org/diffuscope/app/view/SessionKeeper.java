package org.diffuscope.app.view;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.ScenarioFiles;
import org.diffuscope.app.io.UserFiles;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.MemoryBudget;
import org.diffuscope.app.viewmodel.Scenario;

/**
 * Keeps the last session: restores it at start (a session that cannot be used starts the default scene and says
 * why), saves it every {@link #PERIOD_SECONDS} seconds when it changed (written off the FX thread, atomically) and
 * once more on exit.
 */
final class SessionKeeper {

    static final int PERIOD_SECONDS = 30;

    private final UserFiles files;
    private final ExplorerWindow window;
    private final ExplorerViewModel vm;
    private final ScenarioFiles scenarios = new ScenarioFiles();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diffuscope-session");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer;
    private volatile String saved;

    SessionKeeper(UserFiles files, ExplorerWindow window, ExplorerViewModel vm) {
        this.files = files;
        this.window = window;
        this.vm = vm;
        this.timer = new Timeline(new KeyFrame(Duration.seconds(PERIOD_SECONDS), e -> saveLater()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Puts the last session on screen before the first run starts.
     *
     * @return null, or why the last session could not be restored (the default scene is shown instead)
     */
    String restore(long maxMemory) {
        try {
            Scenario s = files.readSession().orElse(null);
            if (s == null) {
                return null;
            }
            int dim = s.config().target().isPreset() ? s.config().target().dim()
                    : RunFactory.target(s.config().target()).dim();
            String tooMany = MemoryBudget.check(s.config().particles(), dim, maxMemory);
            if (tooMany != null) {
                return "The last session was not restored: " + tooMany;
            }
            vm.restore(s);
            window.canvas().showView(s.view(), s.config().target());
            window.canvas().showCamera(s.camera(), s.config().target());
            saved = scenarios.text(s);
            return null;
        } catch (InputException | IllegalArgumentException e) {
            return "The last session could not be restored (" + e.getMessage() + "); starting with the default scene."
                    + " The file was kept as session.json.bad in " + files.directory() + ".";
        }
    }

    void start() {
        if (files.persistent()) {
            timer.play();
        }
    }

    /** Saves the session on the writer thread if it changed since the last save. */
    void saveLater() {
        String text = scenarios.text(window.documents().current());
        if (!files.persistent() || text.equals(saved)) {
            return;
        }
        saved = text;
        writer.submit(() -> write(text));
    }

    private void write(String text) {
        try {
            files.writeSession(text);
        } catch (IOException e) {
            // the next period tries again; a session is a convenience and must never stop the window
            saved = null;
        }
    }

    /** Saves once more and stops (on exit). */
    void stop() {
        timer.stop();
        saveLater();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
