package org.diffuscope.app.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * ARGB pixel arrays as images and PNG files. PNG goes through javax.imageio (part of the JDK), so writing a
 * picture needs no extra library and no display; files are written atomically.
 */
public final class Images {

    private Images() {
    }

    /** An image holding a copy of width x height ARGB pixels, row-major from the top left. */
    public static BufferedImage fromArgb(int[] argb, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        return img;
    }

    /** Writes the image as a PNG file, atomically. */
    public static void writePng(Path path, BufferedImage image) throws IOException {
        AtomicFiles.writeBytes(path, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }
}
