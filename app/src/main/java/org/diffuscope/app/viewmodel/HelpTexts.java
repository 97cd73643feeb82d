package org.diffuscope.app.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The explanations behind every control (assets/help/help.json): for each sampler, corrector, process, grid,
 * score error, metric, overlay, lesson and number on screen, a summary, a formula, a plain explanation and a tooltip.
 */
public record HelpTexts(List<Section> sections) {

    /** A group of entries. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String id, String title, String intro, List<Entry> entries) {
    }

    /** One explained thing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String name, String kind, String summary, String formula, String explain,
                        String tooltip) {
    }

    public static final String RESOURCE = "/assets/help/help.json";

    /** Loads the bundled help texts. */
    public static HelpTexts load() {
        try (InputStream in = HelpTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the help texts " + RESOURCE + " are missing from the build");
            }
            return new ObjectMapper().readValue(in, HelpTexts.class);
        } catch (IOException e) {
            throw new IllegalStateException("the help texts " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<Entry> entry(String section, String id) {
        return sections.stream().filter(s -> s.id().equals(section)).flatMap(s -> s.entries().stream())
                .filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entry's tooltip, or the fallback when there is none. */
    public String tooltip(String section, String id, String fallback) {
        return entry(section, id).map(Entry::tooltip).orElse(fallback);
    }
}
