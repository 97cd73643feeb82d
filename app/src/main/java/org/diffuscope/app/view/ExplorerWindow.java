package org.diffuscope.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.NotificationPane;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.view.lab.LabView;
import org.diffuscope.app.view.race.RaceView;
import org.diffuscope.app.viewmodel.DisplaySettings;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;

/**
 * The explorer's one window: settings on the left, the picture in the middle with the timeline and the scrub bar
 * under it, numbers, live metrics and help on the right. Space plays and pauses wherever the focus is (a
 * scene-level key filter), the right arrow steps, R resets.
 */
public final class ExplorerWindow {

    private static final String RACE_STATUS = "Race: the panes start from the same prior particles and draw the same"
            + " noise; each shows its own t and NFE above its picture.";
    private static final String LAB_STATUS = "Lab: experiments run in the background; the bar under Run says how far"
            + " they are, and the chart fills as each run ends.";

    private final ExplorerViewModel vm;
    private final BorderPane root = new BorderPane();
    private final CanvasView canvas;
    private final DisplaySettings display;
    private final NotificationPane notifications;
    private final CorrectorControls corrector;
    private final RaceView race;
    private final LabView lab;
    private final TabPane modes;
    private final TabPane rightTabs;
    private final LessonPanel lessonPanel;
    private final LessonMenu lessons;
    private final List<NumberField> fields = new ArrayList<>();
    private final Button play = new Button("▶ Play");
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label frameLabel = new Label();
    private final Label numbers = new Label();
    private final Label fps = new Label();
    private boolean scrubbing;
    private long fpsStart;
    private long fpsFrames;
    private final MetricsPanel metrics;
    private final DocumentActions documents;
    private final ExportActions exports;
    private final DrawTargetMode drawMode;
    private final javafx.animation.PauseTransition informTimer = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
    private String informed;

    public ExplorerWindow(ExplorerViewModel vm, int maxParticles) {
        this(vm, maxParticles, org.diffuscope.app.io.UserFiles.none(), Runtime.getRuntime().maxMemory());
    }

    /**
     * @param userFiles where the recent files are kept
     * @param maxMemory the heap scenarios and targets must fit in
     */
    public ExplorerWindow(ExplorerViewModel vm, int maxParticles, org.diffuscope.app.io.UserFiles userFiles, long maxMemory) {
        this.vm = vm;
        HelpTexts help = HelpTexts.load();
        root.setId("explorer");
        root.getStyleClass().add("light");
        display = new DisplaySettings(vm.engine());
        canvas = new CanvasView(vm, display);
        ProblemControls problem = new ProblemControls(vm, help, new Thumbnails(0xFF1F4E79));
        SamplerControls sampler = new SamplerControls(vm, help);
        corrector = new CorrectorControls(vm, help);
        RunControls run = new RunControls(vm, maxParticles);
        OverlayControls overlays = new OverlayControls(vm, help);
        ViewControls viewControls = new ViewControls(vm, display, canvas);
        fields.addAll(problem.fields());
        fields.addAll(sampler.fields());
        fields.addAll(corrector.fields());
        fields.addAll(run.fields());

        VBox settings = new VBox(4, problem.pane(), sampler.pane(), corrector.pane(), run.pane(), overlays.pane(),
                viewControls.pane());
        settings.setPadding(new Insets(4));
        ScrollPane left = new ScrollPane(settings);
        left.setFitToWidth(true);
        left.setPrefWidth(340);
        left.setMinWidth(260);
        left.setId("settings");

        TimelineStrip timeline = new TimelineStrip(vm);
        scrub.setId("scrub");
        scrub.setTooltip(new Tooltip("Scrub back and forth through the frames computed so far"));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        frameLabel.setMinWidth(120);
        frameLabel.setId("frame-label");
        HBox scrubBar = new HBox(8, new Label("Frame"), scrub, frameLabel);
        scrubBar.setAlignment(Pos.CENTER_LEFT);
        scrubBar.setPadding(new Insets(2, 8, 4, 8));
        VBox.setVgrow(canvas, Priority.ALWAYS);
        lessonPanel = new LessonPanel();
        VBox centre = new VBox(canvas, timeline, scrubBar);
        notifications = new NotificationPane(centre);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        metrics = new MetricsPanel(vm);
        ScrollPane metricsScroll = new LiveScrollPane(metrics);
        metricsScroll.setFitToWidth(true);
        rightTabs = new TabPane(new Tab("Metrics", metricsScroll), new Tab("Help", new HelpPanel(vm, help)));
        rightTabs.setId("right-tabs");
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        rightTabs.setPrefWidth(380);
        rightTabs.setMinWidth(260);
        race = new RaceView(vm, Runtime.getRuntime().maxMemory() / 12);
        lab = new LabView(vm);
        Tab exploreTab = new Tab("Explore", notifications);
        Tab raceTab = new Tab("Race", race);
        Tab labTab = new Tab("Lab", lab);
        exploreTab.setId("tab-explore");
        raceTab.setId("tab-race");
        labTab.setId("tab-lab");
        modes = new TabPane(exploreTab, raceTab, labTab);
        modes.setId("modes");
        modes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        modes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // the right-hand metrics and help belong to the explorer's own run: give the race and the lab the room
            root.setRight(b == exploreTab ? rightTabs : null);
            // the status bar describes the explorer's run: on the other tabs it says where their numbers are
            numbers.setText(b == exploreTab ? vm.numbersProperty().get() : b == raceTab ? RACE_STATUS : LAB_STATUS);
            fps.setText("");
            if (b == raceTab) {
                vm.pause();
                race.activate();
            } else {
                race.deactivate();
            }
        });


        numbers.setId("numbers");
        numbers.getStyleClass().add("numbers");
        fps.setId("fps");
        HBox status = new HBox(16, numbers, fps);
        status.setPadding(new Insets(4, 10, 4, 10));
        status.getStyleClass().add("status-bar");

        documents = new DocumentActions(this, vm, userFiles, maxMemory);
        exports = new ExportActions(this, vm, documents);
        drawMode = new DrawTargetMode(vm, canvas, documents);
        ExplorerMenus menus = new ExplorerMenus(this, vm);
        lessons = new LessonMenu(this, vm, lessonPanel);
        menus.bar().getMenus().add(menus.bar().getMenus().size() - 1, lessons.menu());
        root.setTop(new VBox(menus.bar(), toolbar()));
        root.setLeft(left);
        VBox.setVgrow(modes, Priority.ALWAYS);
        root.setCenter(new VBox(lessonPanel, modes));
        root.setRight(rightTabs);
        root.setBottom(status);
        bind();
    }

    private ToolBar toolbar() {
        play.setId("play");
        play.setOnAction(e -> vm.togglePlay());
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.setMinWidth(90);
        Button step = new Button("Step ▸");
        step.setId("step");
        step.setOnAction(e -> vm.step());
        step.setTooltip(new Tooltip("One predictor step with its corrector calls (Right arrow)"));
        Button reset = new Button("⟲ Reset");
        reset.setId("reset");
        reset.setOnAction(e -> vm.reset());
        reset.setTooltip(new Tooltip("Back to the prior at t-max (R)"));
        Slider speed = new Slider(1, 60, vm.speedProperty().get());
        speed.setId("speed");
        speed.setPrefWidth(140);
        speed.setTooltip(new Tooltip("Playback speed, frames per second"));
        CheckBox max = new CheckBox("max");
        max.setTooltip(new Tooltip("As fast as the run goes"));
        speed.valueProperty().addListener((o, a, b) -> {
            if (!max.isSelected()) {
                vm.speedProperty().set(b.doubleValue());
            }
        });
        max.selectedProperty().addListener((o, a, b) -> vm.speedProperty().set(b ? 0 : speed.getValue()));
        Button fit = new Button("Fit view");
        fit.setOnAction(e -> canvas.fitView());
        fit.setTooltip(new Tooltip("Fit the view to the data (double-click the picture)"));
        Label speedLabel = new Label("Speed");
        vm.speedProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                speed.setValue(b.doubleValue());
            }
            max.setSelected(b.doubleValue() <= 0);
        });
        CheckBox loop = new CheckBox("Loop");
        loop.setId("loop");
        loop.selectedProperty().bindBidirectional(vm.loopProperty());
        loop.setTooltip(new Tooltip("When the run finishes, start it again from the prior (an unattended demo)"));
        return new ToolBar(play, step, reset, speedLabel, speed, max, loop, fit, drawMode.toggle());
    }

    private void bind() {
        vm.playingProperty().addListener((o, a, b) -> {
            play.setText(b ? "❚❚ Pause" : "▶ Play");
            if (!b) {
                // a rate is only news while playing
                fps.setText("");
                fpsStart = 0;
            }
        });
        vm.numbersProperty().addListener((o, a, b) -> {
            if (modes.getSelectionModel().getSelectedIndex() == 0) {
                numbers.setText(b);
            }
        });
        vm.problemProperty().addListener((o, a, b) -> {
            if (b == null) {
                notifications.hide();
            } else {
                notifications.setText(b);
                notifications.show();
            }
        });
        vm.frameProperty().addListener((o, a, b) -> showFrame(b));
        scrub.valueProperty().addListener((o, a, b) -> {
            if (!scrubbing) {
                vm.seek((int) Math.round(b.doubleValue()));
            }
        });
    }

    private void showFrame(Frame f) {
        if (f == null) {
            return;
        }
        scrubbing = true;
        try {
            scrub.setMax(Math.max(1, f.frames() - 1));
            scrub.setMajorTickUnit(Math.max(1, (f.frames() - 1) / 8.0));
            scrub.setValue(f.index());
        } finally {
            scrubbing = false;
        }
        frameLabel.setText(String.format(Locale.ROOT, "%d / %d  (%s)", f.index(), f.frames() - 1, f.phase().label()));
        long now = System.nanoTime();
        fpsFrames++;
        if (fpsStart == 0 || now - fpsStart > 1_000_000_000L) {
            // a rate is only news while playing (scrubbing a paused run showed "2 frames per second")
            if (fpsStart != 0 && vm.playingProperty().get() && modes.getSelectionModel().getSelectedIndex() == 0) {
                fps.setText(String.format(Locale.ROOT, "%.0f frames per second", fpsFrames * 1e9 / (now - fpsStart)));
            }
            fpsStart = now;
            fpsFrames = 0;
        }
    }

    /**
     * The scene, with the key filter that makes Space, Right, Left, R and C work wherever the focus is, and W/A/S/D
     * turn the 3D picture (after picking a target the focus stays in its list).
     */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        var css = getClass().getResource("/assets/styles/explorer.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        documents.acceptDrops(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                vm.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                vm.step();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                vm.back();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                vm.reset();
                e.consume();
            } else if (e.getCode() == KeyCode.C) {
                toggleCorrector();
                e.consume();
            } else if (canvas.orbitKey(e)) {
                e.consume();
            }
        });
        return scene;
    }

    void toggleCorrector() {
        corrector.toggle().setSelected(!corrector.toggle().isSelected());
    }

    void setDark(boolean dark) {
        root.getStyleClass().removeAll("light", "dark");
        root.getStyleClass().add(dark ? "dark" : "light");
        canvas.themeProperty().set(dark ? Theme.dark() : Theme.light());
    }

    void setPresentation(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        canvas.fitView();
    }

    CanvasView canvas() {
        return canvas;
    }

    /** 2D/3D, the projection and the 3D options. */
    DisplaySettings display() {
        return display;
    }

    BorderPane root() {
        return root;
    }

    /** The number fields of the settings (for tests). */
    List<NumberField> numberFields() {
        return fields;
    }

    /** The race (for lessons and tests). */
    public RaceView race() {
        return race;
    }

    /** The experiment lab (for lessons and tests). */
    public LabView lab() {
        return lab;
    }

    /** Runs a lesson (menu, tests). */
    public void runLesson(org.diffuscope.app.viewmodel.Lesson lesson) {
        lessons.run(lesson);
    }

    /** Shows the explorer, the race or the lab (0, 1, 2). */
    public void showMode(int index) {
        modes.getSelectionModel().select(index);
    }

    /** Shows a short message over the picture for a few seconds (saved files, copied strings). */
    public void inform(String message) {
        informed = message;
        notifications.setText(message);
        notifications.show();
        informTimer.setOnFinished(e -> {
            if (message.equals(informed) && message.equals(notifications.getText())) {
                notifications.hide();
            }
        });
        informTimer.playFromStart();
    }

    DocumentActions documents() {
        return documents;
    }

    ExportActions exports() {
        return exports;
    }

    MetricsPanel metrics() {
        return metrics;
    }

    DrawTargetMode drawMode() {
        return drawMode;
    }

    public void dispose() {
        informTimer.stop();
        exports.close();
        drawMode.dispose();
        canvas.dispose();
        race.dispose();
    }
}
