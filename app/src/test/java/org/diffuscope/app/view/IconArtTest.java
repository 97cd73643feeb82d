package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.diffuscope.app.render.Colors;
import org.diffuscope.app.render.Raster;
import org.junit.jupiter.api.Test;

/** The icons shipped in assets/icons are exactly what IconArt draws (regenerate: IconArt.main). */
class IconArtTest {

    @Test
    void theShippedIconsAreTheDrawnOnes() throws Exception {
        for (int size : IconArt.SIZES) {
            BufferedImage shipped;
            try (InputStream in = getClass().getResourceAsStream("/assets/icons/diffuscope-" + size + ".png")) {
                assertNotNull(in, "assets/icons/diffuscope-" + size + ".png is in the build");
                shipped = ImageIO.read(in);
            }
            Raster drawn = IconArt.draw(size);
            assertEquals(size, shipped.getWidth());
            int[] pixels = shipped.getRGB(0, 0, size, size, null, 0, size);
            assertArrayEquals(drawn.pixels(), pixels, "size " + size + ": run IconArt.main to regenerate");
        }
    }

    @Test
    void theIconIsARoundedSquareWithOrangeModes() {
        Raster r = IconArt.draw(256);
        assertEquals(0, Colors.alpha(r.get(0, 0)), "transparent corners");
        assertEquals(255, Colors.alpha(r.get(128, 10)), "opaque inside");
        int orange = 0;
        for (int p : r.pixels()) {
            if (Colors.red(p) > 200 && Colors.green(p) > 110 && Colors.green(p) < 170 && Colors.blue(p) < 90) {
                orange++;
            }
        }
        assertTrue(orange > 2000, "the eight modes show: " + orange + " orange pixels");
    }
}
