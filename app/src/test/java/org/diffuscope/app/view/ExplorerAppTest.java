package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;

import org.diffuscope.app.render.Colors;
import org.diffuscope.app.render.Raster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExplorerAppTest {

    @Start
    void start(Stage stage) {
        new ExplorerApp().start(stage);
    }

    @Test
    void theWindowShowsTheDefaultTargetsDensityAndSamples(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        PixelView canvas = robot.lookup("#canvas").queryAs(PixelView.class);
        assertNotNull(canvas);
        Raster r = canvas.raster();
        assertNotNull(r, "the canvas has been laid out and painted");
        assertTrue(r.width() > 300 && r.height() > 300, "canvas size " + r.width() + "x" + r.height());
        int white = 0;
        int dark = 0;
        int orange = 0;
        for (int p : r.pixels()) {
            int lum = Colors.red(p) + Colors.green(p) + Colors.blue(p);
            if (lum > 740) {
                white++;
            } else if (Colors.red(p) > 180 && Colors.blue(p) < 120) {
                orange++;
            } else if (lum < 400) {
                dark++;
            }
        }
        int n = r.pixels().length;
        // ring8: mostly empty background, dense dark-blue modes, and orange sample dots
        assertTrue(white > n / 2, "background share " + white + "/" + n);
        assertTrue(dark > 50, "dense heat-map pixels: " + dark);
        assertTrue(orange > 500, "sample pixels: " + orange);
        String caption = robot.lookup("#caption").queryLabeled().getText();
        assertTrue(caption.contains("ring8"), caption);
    }
}
