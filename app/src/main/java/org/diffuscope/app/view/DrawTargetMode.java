package org.diffuscope.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.DrawnTarget;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.TargetChoice;

/**
 * "Draw target": a layer over the picture where clicks drop isotropic Gaussians (spread and weight from the
 * sliders) or lay out polylines; after every change the drawing becomes the run's target (a custom target file),
 * exact at once, so the density and the particles answer immediately. Save it with File, Save target file.
 */
final class DrawTargetMode {

    static final String INSTRUCTIONS = "Gaussian brush: click to drop a Gaussian of the spread and weight below. "
            + "Line: click the points of a line, double-click (or Enter) to finish it. Each change is the exact "
            + "target at once, and the run plays into it. Undo: Backspace. Save it with File ▸ Save target file.";

    private final ExplorerViewModel vm;
    private final CanvasView canvas;
    private final DocumentActions documents;
    private final ToggleButton toggle = new ToggleButton("✎ Draw target");
    private final Canvas layer = new Canvas();
    private final VBox panel;
    private final ToggleButton brush = new ToggleButton("Gaussian brush");
    private final ToggleButton line = new ToggleButton("Line");
    private final Slider spread = new Slider(-2, 0.5, Math.log10(0.15));
    private final Slider weight = new Slider(0.1, 5, 1);
    private final Label spreadLabel = new Label();
    private final Label weightLabel = new Label();
    private final AnimationTimer redraw;
    private DrawnTarget drawn = DrawnTarget.empty();
    private final List<double[]> pending = new ArrayList<>();
    private final List<Boolean> lineOrder = new ArrayList<>();
    private Viewport drawnFor;

    DrawTargetMode(ExplorerViewModel vm, CanvasView canvas, DocumentActions documents) {
        this.vm = vm;
        this.canvas = canvas;
        this.documents = documents;
        toggle.setId("draw-target");
        toggle.setTooltip(new Tooltip("Draw your own target with the mouse: Gaussians or lines, exact at once"));
        layer.setId("draw-layer");
        layer.widthProperty().bind(canvas.widthProperty());
        layer.heightProperty().bind(canvas.heightProperty());
        layer.setFocusTraversable(true);
        ToggleGroup tools = new ToggleGroup();
        brush.setToggleGroup(tools);
        line.setToggleGroup(tools);
        brush.setSelected(true);
        brush.setId("draw-brush");
        line.setId("draw-line");
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                finishLine();
            }
        });
        spread.setId("draw-spread");
        weight.setId("draw-weight");
        spread.valueProperty().addListener((o, a, b) -> labels());
        weight.valueProperty().addListener((o, a, b) -> labels());
        labels();
        Button undo = new Button("Undo");
        undo.setOnAction(e -> undo());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> clear());
        Button save = new Button("Save target file…");
        save.setOnAction(e -> documents.saveTarget());
        Button done = new Button("Done");
        done.setOnAction(e -> toggle.setSelected(false));
        Label help = new Label(INSTRUCTIONS);
        help.setWrapText(true);
        help.setId("draw-instructions");
        panel = new VBox(6, help, new HBox(6, brush, line),
                new HBox(6, new Label("Spread σ"), spread, spreadLabel),
                new HBox(6, new Label("Weight"), weight, weightLabel),
                new HBox(6, undo, clear, save, done));
        panel.setId("draw-panel");
        panel.setPadding(new Insets(8));
        panel.setMaxWidth(430);
        panel.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        panel.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-background-radius: 6;"
                + " -fx-border-color: #999; -fx-border-radius: 6;");
        StackPane.setAlignment(panel, Pos.TOP_LEFT);
        StackPane.setMargin(panel, new Insets(8));
        installMouse();
        redraw = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (canvas.viewport() != drawnFor) {
                    paint();
                }
            }
        };
        toggle.selectedProperty().addListener((o, a, b) -> setActive(b));
    }

    ToggleButton toggle() {
        return toggle;
    }

    DrawnTarget drawn() {
        return drawn;
    }

    private void labels() {
        spreadLabel.setText(String.format(Locale.ROOT, "%.3g", sigma()));
        weightLabel.setText(String.format(Locale.ROOT, "%.2g", weight.getValue()));
    }

    private double sigma() {
        return Math.pow(10, spread.getValue());
    }

    private void setActive(boolean on) {
        canvas.lockView(on);
        if (on) {
            vm.pause();
            drawn = DrawnTarget.empty();
            pending.clear();
            lineOrder.clear();
            canvas.getChildren().addAll(layer, panel);
            redraw.start();
            layer.requestFocus();
        } else {
            finishLine();
            redraw.stop();
            canvas.getChildren().removeAll(layer, panel);
        }
        paint();
    }

    private void installMouse() {
        layer.setOnMouseClicked(e -> {
            Viewport v = canvas.viewport();
            if (v == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            layer.requestFocus();
            double x = v.toWorldX(e.getX());
            double y = v.toWorldY(e.getY());
            if (brush.isSelected()) {
                double s = sigma();
                change(drawn.withBlob(new DrawnTarget.Blob(x, y, s * s, weight.getValue())), false);
            } else if (e.getClickCount() >= 2) {
                finishLine();
            } else {
                double[] last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
                if (last == null || Math.hypot(last[0] - x, last[1] - y) * v.scale() > 2) {
                    pending.add(new double[] {x, y});
                }
                paint();
            }
        });
        layer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finishLine();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE) {
                undo();
                e.consume();
            }
        });
    }

    /** Ends the line being drawn; with two points or more it joins the target. */
    void finishLine() {
        if (pending.size() >= 2) {
            double[] xy = new double[2 * pending.size()];
            for (int i = 0; i < pending.size(); i++) {
                xy[2 * i] = pending.get(i)[0];
                xy[2 * i + 1] = pending.get(i)[1];
            }
            pending.clear();
            change(drawn.withStroke(new DrawnTarget.Stroke(xy, weight.getValue())), true);
        } else {
            pending.clear();
            paint();
        }
    }

    private void undo() {
        if (!pending.isEmpty()) {
            pending.remove(pending.size() - 1);
            paint();
            return;
        }
        if (lineOrder.isEmpty()) {
            return;
        }
        boolean wasLine = lineOrder.remove(lineOrder.size() - 1);
        drawn = drawn.undo(wasLine);
        apply();
    }

    private void clear() {
        pending.clear();
        lineOrder.clear();
        drawn = DrawnTarget.empty();
        paint();
    }

    private void change(DrawnTarget next, boolean isLine) {
        drawn = next;
        lineOrder.add(isLine);
        apply();
    }

    /** Makes the drawing the run's target (nothing happens while it is empty). */
    private void apply() {
        paint();
        if (drawn.isEmpty()) {
            return;
        }
        try {
            vm.setConfig(vm.config().withTarget(TargetChoice.custom(drawn.json())));
            // let the particles flow into the drawing right away
            vm.play();
        } catch (IllegalArgumentException e) {
            documents.fail("This drawing is not a target", e.getMessage());
        }
    }

    private void paint() {
        GraphicsContext g = layer.getGraphicsContext2D();
        g.clearRect(0, 0, layer.getWidth(), layer.getHeight());
        Viewport v = canvas.viewport();
        drawnFor = v;
        if (v == null) {
            return;
        }
        // every mark twice: a wide white halo, then the ink, so it shows over the density and the particles
        for (int pass = 0; pass < 2; pass++) {
            Color ink = pass == 0 ? Color.WHITE : Color.rgb(20, 20, 20);
            g.setLineWidth(pass == 0 ? 4 : 1.5);
            g.setStroke(ink);
            g.setFill(ink);
            double dot = pass == 0 ? 5 : 3;
            for (DrawnTarget.Blob b : drawn.blobs()) {
                double px = v.toPixelX(b.x());
                double py = v.toPixelY(b.y());
                double r = 2 * Math.sqrt(b.variance()) * v.scale();
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
            }
            for (DrawnTarget.Stroke s : drawn.strokes()) {
                double[] xy = s.xy();
                for (int i = 2; i < xy.length; i += 2) {
                    g.strokeLine(v.toPixelX(xy[i - 2]), v.toPixelY(xy[i - 1]), v.toPixelX(xy[i]), v.toPixelY(xy[i + 1]));
                }
            }
            g.setLineDashes(pass == 0 ? null : new double[] {6, 4});
            for (int i = 0; i < pending.size(); i++) {
                double px = v.toPixelX(pending.get(i)[0]);
                double py = v.toPixelY(pending.get(i)[1]);
                g.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
                if (i > 0) {
                    g.strokeLine(v.toPixelX(pending.get(i - 1)[0]), v.toPixelY(pending.get(i - 1)[1]), px, py);
                }
            }
            g.setLineDashes();
        }
    }

    void dispose() {
        redraw.stop();
    }
}
