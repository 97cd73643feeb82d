package org.diffuscope.app.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane around content that changes while a run plays (the metrics' readout and charts). JavaFX's skin caches
 * its viewport as one bitmap, which pays for still content; here each change would paint the whole viewport into the
 * cache and then the cache onto the screen, a full panel for one changed chart. Without the cache only what changed is
 * painted.
 */
final class LiveScrollPane extends ScrollPane {

    LiveScrollPane(Node content) {
        super(content);
        skinProperty().addListener((o, a, b) -> {
            Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }
}
