package org.diffuscope.app.view;

import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A text field for one number with a validated range: typed garbage, NaN, infinities and values out of range are
 * rejected with a message right under the field that names it and its allowed range, and the previous valid value
 * is kept. The value commits on Enter or when the field loses focus; Escape restores the last valid text.
 */
public final class NumberField extends VBox {

    private final String name;
    private final double min;
    private final double max;
    private final boolean integer;
    private final DoubleFunction<String> extraCheck;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final DoubleProperty value = new SimpleDoubleProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(null);
    private boolean infinity;

    /**
     * @param name    the field's name in messages
     * @param min     smallest allowed value (inclusive)
     * @param max     largest allowed value (inclusive)
     * @param integer whole numbers only
     */
    public NumberField(String name, double min, double max, boolean integer, double initial) {
        this(name, min, max, integer, initial, v -> null);
    }

    /** With an extra check returning an error message or null. */
    public NumberField(String name, double min, double max, boolean integer, double initial, DoubleFunction<String> extraCheck) {
        this.name = name;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.extraCheck = extraCheck;
        getStyleClass().add("number-field");
        field.setPrefColumnCount(8);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        getChildren().addAll(field, message);
        value.set(initial);
        field.setText(format(initial));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(format(value.get()));
                clearError();
            }
        });
        value.addListener((o, a, b) -> {
            if (error.get() == null && !field.isFocused()) {
                field.setText(format(b.doubleValue()));
            }
        });
    }

    /** Parses and validates the text; on success sets the value, else shows why and keeps the old value. */
    public boolean commit() {
        String text = field.getText() == null ? "" : field.getText().strip();
        String problem = check(text);
        if (problem != null) {
            error.set(problem);
            message.setText(problem);
            message.setVisible(true);
            message.setManaged(true);
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            return false;
        }
        clearError();
        double v = parse(text);
        value.set(v);
        field.setText(format(v));
        return true;
    }

    private String check(String text) {
        String range = integer
                ? String.format(Locale.ROOT, "a whole number in %s..%s", format(min), format(max))
                : String.format(Locale.ROOT, "a number in [%s, %s]", format(min), format(max));
        double v;
        try {
            v = parse(text);
        } catch (NumberFormatException e) {
            return name + " must be " + range + "; '" + text + "' is not a number";
        }
        if (Double.isNaN(v) || (Double.isInfinite(v) && !(infinity && infinityWord(text)))) {
            return name + " must be " + range + ", got " + text;
        }
        if (integer && v != Math.rint(v)) {
            return name + " must be " + range + ", got " + text;
        }
        if (v < min || v > max) {
            return name + " must be " + range + ", got " + text;
        }
        return extraCheck.apply(v);
    }

    /**
     * Lets this field hold +infinity (its max must be infinite), typed as {@code inf}, {@code infinity} or the sign
     * and shown as {@code inf}: for limits whose default is "no limit".
     */
    public NumberField acceptingInfinity() {
        if (max != Double.POSITIVE_INFINITY) {
            throw new IllegalStateException(name + ": only a field without an upper bound may hold infinity");
        }
        infinity = true;
        field.setText(format(value.get()));
        return this;
    }

    /** Whether this field takes +infinity (see {@link #acceptingInfinity()}). */
    public boolean acceptsInfinity() {
        return infinity;
    }

    private double parse(String text) {
        return infinity && infinityWord(text) ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
    }

    /** "inf", "infinity" (any case) or the sign; not an overflowing numeral such as 1e400. */
    private static boolean infinityWord(String text) {
        return text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("infinity") || text.equals("\u221e");
    }

    private void clearError() {
        error.set(null);
        message.setVisible(false);
        message.setManaged(false);
        field.getStyleClass().remove("invalid");
    }

    /** Whole numbers as integers; others with at most 8 significant digits (0.125, not 0.12499999999999999). */
    static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.8g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return stripZeros(parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double getValue() {
        return value.get();
    }

    /** Sets the value programmatically (no validation message; clamps nothing: callers pass valid values). */
    public void setValue(double v) {
        clearError();
        value.set(v);
        field.setText(format(v));
    }

    /** The current error message, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TextField textField() {
        return field;
    }

    public void setTooltipText(String text) {
        field.setTooltip(new Tooltip(text));
    }

    public String name() {
        return name;
    }

    /** The smallest allowed value. */
    public double min() {
        return min;
    }

    /** The largest allowed value. */
    public double max() {
        return max;
    }

    /** Whether only whole numbers are allowed. */
    public boolean integer() {
        return integer;
    }

    /** The label under the field that shows the error message. */
    Label messageLabel() {
        return message;
    }
}
