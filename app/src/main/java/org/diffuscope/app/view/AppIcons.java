package org.diffuscope.app.view;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.image.Image;

/** The application icon at every size shipped in assets/icons (drawn by {@link IconArt}), for windows and dialogs. */
final class AppIcons {

    private AppIcons() {
    }

    /** Every size found, smallest first (none when the assets are missing from the build). */
    static List<Image> all() {
        List<Image> out = new ArrayList<>();
        for (int size : IconArt.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/assets/icons/diffuscope-" + size + ".png")) {
                if (in != null) {
                    out.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // a missing size is left out; the window keeps the others
            }
        }
        return out;
    }

    static Optional<Image> largest() {
        List<Image> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
