package org.diffuscope.core.schedule;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.diffuscope.core.process.ForwardProcess;

/**
 * N steps as N + 1 strictly decreasing times {@code t_0 = t-max > t_1 > ... > t_N = t-min}, each uniform in its own
 * variable u and mapped back to t exactly: {@code uniform} (u = t), {@code ou-uniform} (u = -log alpha),
 * {@code log-snr} (u = lambda = log(alpha/sigma), the default), {@code edm} (u = (sigma/alpha)^(1/rho), Karras et
 * al. 2022, eq. 5). Endpoints are exact (science.md §1).
 */
public final class TimeGrid {

    /** Grid names accepted by {@link #named}. */
    public static final String NAMES = "log-snr, uniform, ou-uniform, edm";
    /** EDM's default rho. */
    public static final double DEFAULT_RHO = 7.0;

    private final String name;
    private final double[] times;

    private TimeGrid(String name, double[] times) {
        this.name = name;
        this.times = times;
        if (times.length < 2) {
            throw new IllegalArgumentException("a time grid needs at least 2 times, got " + times.length);
        }
        for (int i = 0; i < times.length; i++) {
            if (!(times[i] > 0) || !Double.isFinite(times[i])) {
                throw new IllegalArgumentException("times[" + i + "] must be a finite number > 0, got " + times[i]);
            }
            if (i > 0 && !(times[i] < times[i - 1])) {
                throw new IllegalArgumentException("times must be strictly decreasing, got times[" + (i - 1) + "] = "
                        + times[i - 1] + " and times[" + i + "] = " + times[i] + " (too many steps for the interval?)");
            }
        }
    }

    /** Uniform in t. */
    public static TimeGrid uniform(double tMin, double tMax, int steps) {
        return mapped("uniform", tMin, tMax, steps, tMax, tMin, u -> u);
    }

    /** Uniform in the OU clock {@code tau = -log alpha}; variance preserving processes only. */
    public static TimeGrid ouUniform(ForwardProcess process, double tMin, double tMax, int steps) {
        if (!process.variancePreserving()) {
            throw new IllegalArgumentException("grid ou-uniform needs a variance preserving process (ou, vp-linear, "
                    + "vp-cosine): " + process.name() + " has no OU clock -log alpha");
        }
        return mapped("ou-uniform", tMin, tMax, steps, process.ouClock(tMax), process.ouClock(tMin),
                process::timeOfOuClock);
    }

    /** Uniform in the half log-SNR {@code lambda = log(alpha/sigma)}. */
    public static TimeGrid logSnr(ForwardProcess process, double tMin, double tMax, int steps) {
        return mapped("log-snr", tMin, tMax, steps, process.lambda(tMax), process.lambda(tMin), process::timeOfLambda);
    }

    /** Uniform in {@code (sigma/alpha)^(1/rho)} (EDM's schedule in the process's own noise levels). */
    public static TimeGrid edm(ForwardProcess process, double tMin, double tMax, int steps, double rho) {
        if (!(rho > 0) || !Double.isFinite(rho)) {
            throw new IllegalArgumentException("rho must be a finite number > 0, got " + rho);
        }
        // u = (sigma/alpha)^(1/rho) = exp(-lambda/rho)  <=>  lambda = -rho log u
        return mapped("edm", tMin, tMax, steps, Math.exp(-process.lambda(tMax) / rho),
                Math.exp(-process.lambda(tMin) / rho), u -> process.timeOfLambda(-rho * Math.log(u)));
    }

    /** The grid of the given name ({@value #NAMES}); rho is used by {@code edm} only. */
    public static TimeGrid named(String name, ForwardProcess process, double tMin, double tMax, int steps, double rho) {
        return switch (name) {
            case "log-snr" -> logSnr(process, tMin, tMax, steps);
            case "uniform" -> uniform(tMin, tMax, steps);
            case "ou-uniform" -> ouUniform(process, tMin, tMax, steps);
            case "edm" -> edm(process, tMin, tMax, steps, rho);
            default -> throw new IllegalArgumentException("unknown grid '" + name + "' (allowed: " + NAMES + ")");
        };
    }

    /** The default grid (log-SNR) over the process's default interval. */
    public static TimeGrid standard(ForwardProcess process, int steps) {
        return logSnr(process, process.tMin(), process.tMax(), steps);
    }

    /** Explicit times, which must be finite, > 0 and strictly decreasing. times: Not modified. */
    public static TimeGrid explicit(double... times) {
        return new TimeGrid("explicit", times.clone());
    }

    private static TimeGrid mapped(String name, double tMin, double tMax, int steps, double u0, double uN,
            DoubleUnaryOperator timeOf) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        if (!(tMin > 0) || !(tMax > tMin) || !Double.isFinite(tMax)) {
            throw new IllegalArgumentException("need 0 < t-min < t-max, got t-min = " + tMin + ", t-max = " + tMax);
        }
        double[] t = new double[steps + 1];
        t[0] = tMax;
        t[steps] = tMin;
        for (int i = 1; i < steps; i++) {
            // u_i = u_0 + (u_N - u_0) i / N, mapped back to t
            double u = u0 + (uN - u0) * ((double) i / steps);
            t[i] = timeOf.applyAsDouble(u);
        }
        return new TimeGrid(name, t);
    }

    public String name() {
        return name;
    }

    /** The number of steps N (one less than the number of times). */
    public int steps() {
        return times.length - 1;
    }

    /** Time i, {@code 0 <= i <= N}. */
    public double time(int i) {
        return times[i];
    }

    /** All N + 1 times (a copy). */
    public double[] times() {
        return times.clone();
    }

    public double tMax() {
        return times[0];
    }

    public double tMin() {
        return times[times.length - 1];
    }

    @Override
    public String toString() {
        return name + Arrays.toString(times);
    }
}
