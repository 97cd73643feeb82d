package org.diffuscope.app.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Animated GIF files through the JDK's own GIF writer (javax.imageio): every frame carries its delay, and the
 * first carries the NETSCAPE2.0 application extension that makes viewers loop forever. RGB frames are reduced to a
 * 256-colour palette by the writer. Written atomically.
 */
public final class AnimatedGif {

    private AnimatedGif() {
    }

    /**
     * Writes the frames (all of one size) as a looping animation.
     *
     * @param delayMillis time each frame shows, rounded to hundredths of a second (at least 2)
     */
    public static void write(Path path, List<BufferedImage> frames, int delayMillis) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            AtomicFiles.writeBytes(path, raw -> {
                try (ImageOutputStream out = ImageIO.createImageOutputStream(raw)) {
                    writer.setOutput(out);
                    writer.prepareWriteSequence(null);
                    boolean first = true;
                    for (BufferedImage frame : frames) {
                        BufferedImage rgb = opaque(frame);
                        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(rgb), null);
                        frameMetadata(meta, Math.max(2, Math.round(delayMillis / 10f)), first);
                        writer.writeToSequence(new IIOImage(rgb, null, meta), null);
                        first = false;
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage opaque(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB) {
            return img;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(img, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    /** Sets the frame's delay (hundredths of a second) and, on the first frame, loop forever. */
    private static void frameMetadata(IIOMetadata meta, int delayCentis, boolean loop) throws IIOInvalidTreeException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (loop) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            // sub-block 1, loop count 0 (forever), little endian
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** The number of frames of a GIF file, for tests and checks. */
    public static int frameCount(Path path) throws IOException {
        try (var in = ImageIO.createImageInputStream(path.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }
}
