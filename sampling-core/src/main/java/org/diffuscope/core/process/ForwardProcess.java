package org.diffuscope.core.process;

/**
 * An affine forward (noising) process {@code x_t = alpha(t) x_0 + sigma(t) z}, {@code z ~ N(0, I)}, equivalently
 * the SDE {@code dx = f(t) x dt + g(t) dW} with {@code f = d log(alpha)/dt} and {@code g^2 = d(sigma^2)/dt - 2 f sigma^2}
 * (science.md §1).
 */
public sealed interface ForwardProcess permits OrnsteinUhlenbeck, VpLinear, VpCosine, VeGeometric {

    /** The short name used on the command line ({@code ou}, {@code vp-linear}, {@code vp-cosine}, {@code ve}). */
    String name();

    /** {@code log alpha(t)}. */
    double logAlpha(double t);

    /** {@code sigma(t)^2}, computed without cancellation near t = 0. */
    double sigma2(double t);

    /** The drift coefficient {@code f(t) = d log alpha / dt}. */
    double f(double t);

    /** The squared diffusion coefficient {@code g(t)^2 = d sigma^2/dt - 2 f sigma^2}. */
    double g2(double t);

    /** The default smallest time of a sampling run. */
    double tMin();

    /** The default largest time of a sampling run (where the prior is drawn). */
    double tMax();

    /** The largest time the process is defined at (inclusive). */
    double tLimit();

    /** The time at which the half log-SNR {@link #lambda} equals the given value; inverse of {@code lambda}. */
    double timeOfLambda(double lambda);

    /** True when the process is variance preserving (OU or VP): alpha^2 + sigma^2 = 1. */
    boolean variancePreserving();

    /** A copy of this process with other default time bounds, validated against {@link #tLimit()}. */
    ForwardProcess withTimes(double tMin, double tMax);

    default double alpha(double t) {
        return Math.exp(logAlpha(t));
    }

    default double sigma(double t) {
        return Math.sqrt(sigma2(t));
    }

    default double g(double t) {
        return Math.sqrt(g2(t));
    }

    /** Half log signal-to-noise ratio {@code lambda(t) = log(alpha/sigma)}. */
    default double lambda(double t) {
        return logAlpha(t) - 0.5 * Math.log(sigma2(t));
    }

    /** The noise level in k-diffusion / EDM's convention, {@code sigma/alpha}. */
    default double noiseLevel(double t) {
        return Math.exp(-lambda(t));
    }

    /** The OU clock {@code tau(t) = -log alpha(t)}; meaningful only for variance preserving processes. */
    default double ouClock(double t) {
        return -logAlpha(t);
    }

    /**
     * The time at which the OU clock {@code -log alpha} equals tau (variance preserving processes only).
     *
     * @throws UnsupportedOperationException for VE, which has no OU clock
     */
    default double timeOfOuClock(double tau) {
        if (!variancePreserving()) {
            throw new UnsupportedOperationException("the OU clock -log alpha is constant for " + name());
        }
        // alpha^2 = e^{-2 tau} and sigma^2 = 1 - alpha^2  =>  lambda = -1/2 log(e^{2 tau} - 1)
        return timeOfLambda(-0.5 * Math.log(Math.expm1(2.0 * tau)));
    }

    /** Standard deviation of the prior N(0, s^2 I) drawn at t-max: 1 for OU and VP, sigma(tMax) for VE. */
    default double priorStd(double tMax) {
        return variancePreserving() ? 1.0 : sigma(tMax);
    }

    /** Validates a pair of time bounds for this process; returns nothing, throws with a message naming the bound. */
    default void checkTimes(double tMin, double tMax) {
        checkTimes(name(), tMin, tMax, tLimit());
    }

    static void checkTimes(String name, double tMin, double tMax, double tLimit) {
        if (!(tMin > 0) || !Double.isFinite(tMin)) {
            throw new IllegalArgumentException("t-min must be a number > 0 for " + name + ", got " + tMin);
        }
        if (!(tMax > tMin) || !(tMax <= tLimit)) {
            throw new IllegalArgumentException(
                    "t-max must be in (t-min, " + tLimit + "] for " + name + " (t-min = " + tMin + "), got " + tMax);
        }
    }

    /** Variance preserving lambda inverse: {@code log alpha = -1/2 log(1 + e^{-2 lambda})}. */
    static double vpLogAlphaOfLambda(double lambda) {
        double e = -2.0 * lambda;
        // log1p(exp(e)) without overflow for large e
        return -0.5 * (e > 30 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e)));
    }

    /** Variance preserving {@code sigma^2 = 1 - alpha^2 = -expm1(2 log alpha)}. */
    static double vpSigma2(double logAlpha) {
        return -Math.expm1(2.0 * logAlpha);
    }

    /** Parses a process name with its default parameters and time bounds. */
    static ForwardProcess named(String name) {
        return switch (name) {
            case "ou" -> OrnsteinUhlenbeck.standard();
            case "vp-linear" -> VpLinear.standard();
            case "vp-cosine" -> VpCosine.standard();
            case "ve" -> VeGeometric.standard();
            default -> throw new IllegalArgumentException(
                    "unknown process '" + name + "' (allowed: ou, vp-linear, vp-cosine, ve)");
        };
    }
}
