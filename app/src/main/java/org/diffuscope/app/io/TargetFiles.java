package org.diffuscope.app.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.diffuscope.core.target.Box;
import org.diffuscope.core.target.Circle;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Laplace;
import org.diffuscope.core.target.Mixture;
import org.diffuscope.core.target.Polyline;
import org.diffuscope.core.target.Sphere;
import org.diffuscope.core.target.Target;

/**
 * Reads target files (cli.md, "Target files"): JSON objects with a {@code type} and its fields, validated on load.
 * Unknown fields are errors; every message names the bad field by its path.
 */
public final class TargetFiles {

    /** Files larger than this are refused before parsing (a target file is a few kilobytes). */
    public static final long MAX_BYTES = 16L << 20;
    /** Nesting of mixtures deeper than this is refused. */
    public static final int MAX_DEPTH = 16;

    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads and validates a target file. */
    public Target read(Path path) {
        return parse(JsonInput.text(path, "target", MAX_BYTES), path.getFileName().toString());
    }

    /** Parses and validates target JSON; source names it in messages. */
    public Target parse(String json, String source) {
        JsonNode root = JsonInput.tree(mapper, json, source);
        try {
            return target(root, "", 0);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        }
    }

    /** Builds the target at path; core validation messages get the path prefixed. */
    Target target(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InputException(path + ": mixtures are nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonFields.object(node, path);
        String type = JsonFields.text(node, path, "type");
        try {
            return switch (type) {
                case "gaussian-mixture" -> gaussianMixture(node, path);
                case "circle" -> circle(node, path);
                case "sphere" -> sphere(node, path);
                case "polyline" -> polyline(node, path);
                case "box" -> box(node, path);
                case "point-masses" -> pointMasses(node, path);
                case "laplace" -> laplace(node, path);
                case "mixture" -> mixture(node, path, depth);
                default -> throw new InputException(JsonFields.at(path, "type") + " '" + type
                        + "' is not a target type (allowed: gaussian-mixture, circle, sphere, polyline, box, point-masses, laplace, mixture)");
            };
        } catch (InputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InputException((path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
        }
    }

    private Target gaussianMixture(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "components"));
        String cp = JsonFields.at(path, "components");
        JsonNode comps = JsonFields.array(JsonFields.required(node, path, "components"), cp, 1);
        int k = comps.size();
        double[] w = new double[k];
        double[][] means = new double[k][];
        double[][] covs = new double[k][];
        int d = 0;
        for (int c = 0; c < k; c++) {
            String p = JsonFields.at(cp, c);
            JsonNode comp = JsonFields.object(comps.get(c), p);
            JsonFields.onlyFields(comp, p, Set.of("weight", "mean", "covariance"));
            w[c] = positive(comp, p, "weight");
            means[c] = JsonFields.vector(comp, p, "mean", d);
            d = means[c].length;
            covs[c] = JsonFields.matrix(comp, p, "covariance", d);
            checkSymmetricPositiveDefinite(covs[c], d, JsonFields.at(p, "covariance"));
        }
        return new GaussianMixture(w, means, covs);
    }

    private static void checkSymmetricPositiveDefinite(double[] m, int d, String path) {
        double scale = 0;
        for (double v : m) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                if (Math.abs(m[i * d + j] - m[j * d + i]) > 1e-9 * scale) {
                    throw new InputException(path + " is not symmetric ([" + i + "][" + j + "] = " + m[i * d + j]
                            + " but [" + j + "][" + i + "] = " + m[j * d + i] + ")");
                }
            }
        }
        double[] values = SymmetricEigen.of(m, d).values();
        if (!(values[0] > 1e-12 * Math.max(scale, Double.MIN_NORMAL))) {
            throw new InputException(path + " is not positive definite (smallest eigenvalue " + values[0] + ")");
        }
    }

    private static double positive(JsonNode obj, String path, String field) {
        double v = JsonFields.number(obj, path, field);
        if (!(v > 0)) {
            throw new InputException(JsonFields.at(path, field) + " must be > 0, got " + v);
        }
        return v;
    }

    private Target circle(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "center", "radius", "normal"));
        double[] center = JsonFields.vector(node, path, "center", 0);
        if (center.length != 2 && center.length != 3) {
            throw new InputException(JsonFields.at(path, "center") + " must have 2 or 3 numbers, got " + center.length);
        }
        double radius = positive(node, path, "radius");
        double[] normal = null;
        if (center.length == 3) {
            normal = JsonFields.vector(node, path, "normal", 3);
        } else if (node.has("normal")) {
            throw new InputException(JsonFields.at(path, "normal") + " is only for circles in 3D (center has 2 numbers)");
        }
        return new Circle(center, radius, normal);
    }

    private Target sphere(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "center", "radius"));
        return new Sphere(JsonFields.vector(node, path, "center", 3), positive(node, path, "radius"));
    }

    private Target polyline(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "points", "closed"));
        double[][] points = JsonFields.points(node, path, "points", 0, 2);
        return new Polyline(points, JsonFields.flag(node, path, "closed", false));
    }

    private Target box(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "lo", "hi"));
        double[] lo = JsonFields.vector(node, path, "lo", 0);
        double[] hi = JsonFields.vector(node, path, "hi", lo.length);
        for (int j = 0; j < lo.length; j++) {
            if (!(hi[j] > lo[j])) {
                throw new InputException(JsonFields.at(path, "hi") + "[" + j + "] must be > lo[" + j + "] = " + lo[j] + ", got " + hi[j]);
            }
        }
        return new Box(lo, hi);
    }

    private Target pointMasses(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "points", "weights"));
        double[][] points = JsonFields.points(node, path, "points", 0, 1);
        double[] weights = null;
        if (node.has("weights")) {
            weights = JsonFields.vector(node, path, "weights", points.length);
            for (int i = 0; i < weights.length; i++) {
                if (!(weights[i] > 0)) {
                    throw new InputException(JsonFields.at(path, "weights") + "[" + i + "] must be > 0, got " + weights[i]);
                }
            }
        }
        return GaussianMixture.pointMasses(points, weights);
    }

    private Target laplace(JsonNode node, String path) {
        JsonFields.onlyFields(node, path, Set.of("type", "location", "scale"));
        double[] location = JsonFields.vector(node, path, "location", 0);
        double[] scale = JsonFields.vector(node, path, "scale", location.length);
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0)) {
                throw new InputException(JsonFields.at(path, "scale") + "[" + j + "] must be > 0, got " + scale[j]);
            }
        }
        return new Laplace(location, scale);
    }

    private Target mixture(JsonNode node, String path, int depth) {
        JsonFields.onlyFields(node, path, Set.of("type", "components"));
        String cp = JsonFields.at(path, "components");
        JsonNode comps = JsonFields.array(JsonFields.required(node, path, "components"), cp, 1);
        double[] w = new double[comps.size()];
        List<Target> targets = new ArrayList<>();
        for (int c = 0; c < comps.size(); c++) {
            String p = JsonFields.at(cp, c);
            JsonNode comp = JsonFields.object(comps.get(c), p);
            JsonFields.onlyFields(comp, p, Set.of("weight", "target"));
            w[c] = positive(comp, p, "weight");
            Target t = target(JsonFields.required(comp, p, "target"), JsonFields.at(p, "target"), depth + 1);
            if (!targets.isEmpty() && t.dim() != targets.get(0).dim()) {
                throw new InputException(JsonFields.at(p, "target") + " has dimension " + t.dim()
                        + ", but components[0] has dimension " + targets.get(0).dim());
            }
            targets.add(t);
        }
        return new Mixture(w, targets);
    }
}
