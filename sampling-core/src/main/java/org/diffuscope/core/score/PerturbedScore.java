package org.diffuscope.core.score;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * The exact score plus a simulated learned-score error {@code s + e(x, t)} whose RMS under p_t is the requested
 * size (science.md §6): {@code bias} {@code e = eps u} (u a unit vector from the seed); {@code field}
 * {@code e = c(t) sum_m a_m cos(omega_m . x / sigma(t) + phi_m)} (16 random Fourier features fixed by the seed);
 * {@code noise} {@code e ~ N(0, eps^2/d I)} fresh at every evaluation; {@code scale} {@code e = c(t) s}. The gains
 * c(t) are calibrated at each t from {@value #CALIBRATION_SAMPLES} exact samples of p_t (fixed seed) and cached.
 */
public final class PerturbedScore implements ScoreModel {

    /** Random Fourier features of the {@code field} error. */
    public static final int FEATURES = 16;
    /** Exact samples of p_t used to calibrate the RMS size. */
    public static final int CALIBRATION_SAMPLES = 1024;
    private static final long CALIBRATION_SEED = 0xCA1B4A7EL;
    private static final long FEATURE_KEY = -1;
    private static final long BIAS_KEY = -2;

    private final DiffusedTarget target;
    private final ScoreError error;
    private final long seed;
    private final int d;
    /** {@code eps u} for BIAS. */
    private final double[] bias;
    /** Unit-scale frequencies omega_m, FEATURES x d; the field uses omega_m / sigma(t). */
    private final double[] omega;
    /** Amplitudes a_m, FEATURES x d. */
    private final double[] amplitude;
    private final double[] phase;
    private final ConcurrentHashMap<Double, Double> gains = new ConcurrentHashMap<>();

    public PerturbedScore(DiffusedTarget target, ScoreError error, long seed) {
        if (target == null || error == null) {
            throw new IllegalArgumentException("target and error are required");
        }
        this.target = target;
        this.error = error;
        this.seed = seed;
        this.d = target.dim();
        SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.SCORE_ERROR, BIAS_KEY);
        double[] u = new double[d];
        double norm = 0;
        while (norm == 0) {
            norm = 0;
            for (int j = 0; j < d; j++) {
                u[j] = rng.nextGaussian();
                norm += u[j] * u[j];
            }
        }
        norm = Math.sqrt(norm);
        this.bias = new double[d];
        for (int j = 0; j < d; j++) {
            bias[j] = error.size() * u[j] / norm;
        }
        rng = RandomStreams.stream(seed, RandomStreams.SCORE_ERROR, FEATURE_KEY);
        this.omega = new double[FEATURES * d];
        this.amplitude = new double[FEATURES * d];
        this.phase = new double[FEATURES];
        for (int m = 0; m < FEATURES; m++) {
            for (int j = 0; j < d; j++) {
                omega[m * d + j] = rng.nextGaussian();
                amplitude[m * d + j] = rng.nextGaussian();
            }
            phase[m] = 2 * Math.PI * rng.nextDouble();
        }
    }

    @Override
    public DiffusedTarget target() {
        return target;
    }

    public ScoreError error() {
        return error;
    }

    public long seed() {
        return seed;
    }

    @Override
    public boolean deterministic() {
        return error.kind() != ScoreError.Kind.NOISE;
    }

    @Override
    public ScoreAt at(double t) {
        Marginal marginal = target.marginal(t);
        double gain = gain(t);
        double invSigma = 1.0 / target.process().sigma(t);
        return new ScoreAt() {
            @Override
            public double t() {
                return t;
            }

            @Override
            public Marginal marginal() {
                return marginal;
            }

            @Override
            public ScoreKernel kernel() {
                return new Kernel(marginal.evaluator(), gain, invSigma);
            }
        };
    }

    /**
     * The calibrated gain at t: c(t) of {@code field} (on the raw feature sum) and {@code scale}; 1 otherwise.
     * Cached per t.
     */
    public double gain(double t) {
        if (error.kind() != ScoreError.Kind.FIELD && error.kind() != ScoreError.Kind.SCALE) {
            return 1.0;
        }
        return gains.computeIfAbsent(t, this::calibrate);
    }

    private double calibrate(double t) {
        Particles xs = target.sample(t, CALIBRATION_SAMPLES, CALIBRATION_SEED);
        Evaluator ev = target.marginal(t).evaluator();
        double invSigma = 1.0 / target.process().sigma(t);
        double[] x = xs.data();
        double[] e = new double[d];
        double sum = 0;
        for (int i = 0; i < CALIBRATION_SAMPLES; i++) {
            if (error.kind() == ScoreError.Kind.SCALE) {
                ev.score(x, i * d, e, 0);
            } else {
                java.util.Arrays.fill(e, 0.0);
                addField(1.0, invSigma, x, i * d, e, 0);
            }
            for (int j = 0; j < d; j++) {
                sum += e[j] * e[j];
            }
        }
        double rms = Math.sqrt(sum / CALIBRATION_SAMPLES);
        return rms > 0 ? error.size() / rms : 0.0;
    }

    /** {@code out += c sum_m a_m cos(omega_m . x / sigma + phi_m)} at one point. */
    private void addField(double c, double invSigma, double[] x, int off, double[] out, int oOff) {
        for (int m = 0; m < FEATURES; m++) {
            double arg = phase[m];
            for (int j = 0; j < d; j++) {
                arg += invSigma * omega[m * d + j] * x[off + j];
            }
            double w = c * Math.cos(arg);
            for (int j = 0; j < d; j++) {
                out[oOff + j] += w * amplitude[m * d + j];
            }
        }
    }

    /** The exact score from the evaluator, then the error added row by row. */
    private final class Kernel implements ScoreKernel {
        private final Evaluator ev;
        private final double gain;
        private final double invSigma;

        Kernel(Evaluator ev, double gain, double invSigma) {
            this.ev = ev;
            this.gain = gain;
            this.invSigma = invSigma;
        }

        @Override
        public void scoreRows(long evaluation, double[] x, int from, int to, double[] s, double[] logp) {
            if (logp == null) {
                ev.scoreRows(x, from, to, s);
            } else {
                for (int i = from; i < to; i++) {
                    logp[i] = ev.score(x, i * d, s, i * d);
                }
            }
            switch (error.kind()) {
                case BIAS -> {
                    for (int i = from; i < to; i++) {
                        for (int j = 0; j < d; j++) {
                            s[i * d + j] += bias[j];
                        }
                    }
                }
                case SCALE -> {
                    // (1 + c) s
                    double c1 = 1.0 + gain;
                    for (int q = from * d; q < to * d; q++) {
                        s[q] *= c1;
                    }
                }
                case FIELD -> {
                    for (int i = from; i < to; i++) {
                        addField(gain, invSigma, x, i * d, s, i * d);
                    }
                }
                case NOISE -> addNoise(evaluation, from, to, s);
            }
        }

        /** {@code s += eps/sqrt(d) z}, z from the stream (seed, SCORE_ERROR, evaluation, block). */
        private void addNoise(long evaluation, int from, int to, double[] s) {
            double scale = error.size() / Math.sqrt(d);
            int block = from / RandomStreams.BLOCK;
            while (from < to) {
                int blockStart = block * RandomStreams.BLOCK;
                int end = Math.min(to, blockStart + RandomStreams.BLOCK);
                SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.SCORE_ERROR, evaluation, block);
                for (int skip = (from - blockStart) * d; skip > 0; skip--) {
                    rng.nextGaussian();
                }
                for (int q = from * d; q < end * d; q++) {
                    s[q] += scale * rng.nextGaussian();
                }
                from = end;
                block++;
            }
        }
    }
}
