package org.diffuscope.app.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed, validated access to the fields of a JSON tree; every error names the field by its path
 * ({@code components[1].covariance}) and says what is allowed.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** The path of a child field. */
    public static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The path of an array element. */
    public static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    public static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InputException((path.isEmpty() ? "the file" : path) + " must be a JSON object");
        }
        return node;
    }

    /** Rejects fields outside allowed (a typo must not pass silently). */
    public static void onlyFields(JsonNode obj, String path, Set<String> allowed) {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InputException(at(path, name) + " is not a known field (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    public static JsonNode required(JsonNode obj, String path, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            throw new InputException(at(path, field) + " is missing");
        }
        return v;
    }

    public static String text(JsonNode obj, String path, String field) {
        JsonNode v = required(obj, path, field);
        if (!v.isTextual()) {
            throw new InputException(at(path, field) + " must be a string");
        }
        return v.asText();
    }

    public static double number(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            throw new InputException(path + " must be a number");
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw new InputException(path + " must be finite");
        }
        return v;
    }

    public static double number(JsonNode obj, String path, String field) {
        return number(required(obj, path, field), at(path, field));
    }

    public static boolean flag(JsonNode obj, String path, String field, boolean fallback) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new InputException(at(path, field) + " must be true or false");
        }
        return v.booleanValue();
    }

    public static JsonNode array(JsonNode node, String path, int minSize) {
        if (node == null || !node.isArray()) {
            throw new InputException(path + " must be a list");
        }
        if (node.size() < minSize) {
            throw new InputException(path + " must have at least " + minSize + " element" + (minSize == 1 ? "" : "s"));
        }
        return node;
    }

    /** A list of numbers of length dim (any length >= 1 when dim is 0). */
    public static double[] vector(JsonNode node, String path, int dim) {
        array(node, path, 1);
        if (dim > 0 && node.size() != dim) {
            throw new InputException(path + " has length " + node.size() + ", expected " + dim);
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(node.get(i), at(path, i));
        }
        return v;
    }

    public static double[] vector(JsonNode obj, String path, String field, int dim) {
        return vector(required(obj, path, field), at(path, field), dim);
    }

    /** A d x d matrix as a list of rows, returned row-major. */
    public static double[] matrix(JsonNode obj, String path, String field, int d) {
        String p = at(path, field);
        JsonNode rows = array(required(obj, path, field), p, 1);
        if (rows.size() != d) {
            throw new InputException(p + " must be " + d + " x " + d + ", got " + rows.size() + " rows");
        }
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) {
            double[] row = vector(rows.get(i), at(p, i), d);
            System.arraycopy(row, 0, m, i * d, d);
        }
        return m;
    }

    /** A list of d-vectors (d taken from the first when dim is 0). */
    public static double[][] points(JsonNode obj, String path, String field, int dim, int minSize) {
        String p = at(path, field);
        JsonNode list = array(required(obj, path, field), p, minSize);
        List<double[]> out = new ArrayList<>();
        int d = dim;
        for (int i = 0; i < list.size(); i++) {
            double[] v = vector(list.get(i), at(p, i), d);
            d = v.length;
            out.add(v);
        }
        return out.toArray(new double[0][]);
    }

    /** An optional number: the fallback when the field is absent. */
    public static double number(JsonNode obj, String path, String field, double fallback) {
        JsonNode v = obj.get(field);
        return v == null ? fallback : number(v, at(path, field));
    }

    /** An optional whole number in [min, max]: the fallback when the field is absent. */
    public static long integer(JsonNode obj, String path, String field, long min, long max, long fallback) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return fallback;
        }
        String p = at(path, field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new InputException(p + " must be a whole number in " + min + ".." + max);
        }
        long n = v.longValue();
        if (n < min || n > max) {
            throw new InputException(p + " must be a whole number in " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    /** An optional string: the fallback when the field is absent. */
    public static String text(JsonNode obj, String path, String field, String fallback) {
        return obj.get(field) == null ? fallback : text(obj, path, field);
    }

    /** An optional object: null when the field is absent. */
    public static JsonNode optionalObject(JsonNode obj, String path, String field) {
        JsonNode v = obj.get(field);
        return v == null ? null : object(v, at(path, field));
    }
}
