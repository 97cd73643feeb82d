package org.diffuscope.app.view;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;

/**
 * Explains the current predictor, corrector, process and grid with their formulas, and lets a student browse every
 * entry (samplers, correctors, processes, grids, score errors, metrics, overlays, lessons, numbers).
 */
final class HelpPanel extends VBox {

    private final HelpTexts help;
    private final VBox current = new VBox(10);
    private final VBox detail = new VBox(6);

    HelpPanel(ExplorerViewModel vm, HelpTexts help) {
        this.help = help;
        setId("help-panel");
        getStyleClass().add("help-panel");
        setSpacing(8);
        setPadding(new Insets(8));
        Label now = new Label("Your settings");
        now.getStyleClass().add("help-heading");
        ComboBox<HelpTexts.Section> sections = new ComboBox<>();
        sections.getItems().addAll(help.sections());
        sections.setMaxWidth(Double.MAX_VALUE);
        sections.setCellFactory(lv -> new SectionCell());
        sections.setButtonCell(new SectionCell());
        ListView<HelpTexts.Entry> entries = new ListView<>();
        entries.setPrefHeight(150);
        entries.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(HelpTexts.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name());
            }
        });
        sections.valueProperty().addListener((o, a, b) -> {
            entries.getItems().setAll(b == null ? java.util.List.of() : b.entries());
            detail.getChildren().setAll(b == null ? java.util.List.of() : java.util.List.of(paragraph(b.intro(), "help-text")));
        });
        entries.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                detail.getChildren().setAll(card(b, true));
            }
        });
        Label browse = new Label("Browse");
        browse.getStyleClass().add("help-heading");
        VBox content = new VBox(8, now, current, browse, sections, entries, detail);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        vm.configProperty().addListener((o, a, b) -> showCurrent(b));
        showCurrent(vm.config());
        if (!help.sections().isEmpty()) {
            sections.setValue(help.sections().get(0));
        }
    }

    private void showCurrent(ExperimentConfig c) {
        current.getChildren().clear();
        help.entry("samplers", c.sampler().name()).ifPresent(e -> current.getChildren().add(card(e, false)));
        help.entry("correctors", c.corrector().name()).ifPresent(e -> current.getChildren().add(card(e, false)));
        if (c.corrector().paperSchedule()) {
            help.entry("correctors", "paper-schedule").ifPresent(e -> current.getChildren().add(card(e, false)));
        }
        help.entry("processes", c.process().name()).ifPresent(e -> current.getChildren().add(card(e, false)));
        help.entry("grids", c.sampler().grid()).ifPresent(e -> current.getChildren().add(card(e, false)));
        if (c.scoreError().enabled()) {
            help.entry("score-error", c.scoreError().kind()).ifPresent(e -> current.getChildren().add(card(e, false)));
        }
    }

    private static VBox card(HelpTexts.Entry e, boolean full) {
        VBox box = new VBox(3);
        box.getStyleClass().add("help-card");
        box.getChildren().add(paragraph(e.name(), "help-title"));
        if (!e.kind().isEmpty()) {
            box.getChildren().add(paragraph(e.kind(), "help-kind"));
        }
        box.getChildren().add(paragraph(e.summary(), "help-text"));
        if (!e.formula().isEmpty()) {
            box.getChildren().add(paragraph(e.formula(), "help-formula"));
        }
        if (full) {
            box.getChildren().add(paragraph(e.explain(), "help-text"));
        }
        return box;
    }

    private static Label paragraph(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static final class SectionCell extends ListCell<HelpTexts.Section> {
        @Override
        protected void updateItem(HelpTexts.Section s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.title());
        }
    }
}
