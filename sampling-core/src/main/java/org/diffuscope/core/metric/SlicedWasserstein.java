package org.diffuscope.core.metric;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.diffuscope.core.random.RandomStreams;

/**
 * Sliced Wasserstein-2 distance {@code SW2 = sqrt(mean_u W2^2(u.q, u.p_t))} over fixed random unit directions u
 * (drawn from the metrics seed). The reference side is the exact projected law when the target offers one
 * ({@link ProjectableTarget}, Gaussian mixtures: a 1D mixture), tabulated once per time ({@link QuantileTable});
 * otherwise exact samples of p_t (science.md §7). Its noise floor is the same distance for n exact samples.
 */
final class SlicedWasserstein {

    /** Stream purposes (after {@link RandomStreams#METRICS}). */
    static final long DIRECTIONS = 3;
    static final long SAMPLES = 4;
    /** Exact samples of the sample-based reference. */
    static final int MAX_REFERENCE_SAMPLES = 50_000;

    /**
     * The reference of one time: per direction either a table of the exact projected law or the sorted
     * projections of m exact samples.
     */
    record Reference(double[][] directions, QuantileTable[] tables, double[][] sorted) {

        boolean exact() {
            return tables != null;
        }
    }

    private SlicedWasserstein() {
    }

    /** {@code count} unit vectors in R^d: normalised standard normal draws from {@code (seed, METRICS, DIRECTIONS)}. */
    static double[][] directions(int d, int count, long seed) {
        SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.METRICS, DIRECTIONS);
        double[][] u = new double[count][d];
        for (int l = 0; l < count; l++) {
            double norm = 0;
            while (!(norm > 1e-12)) {
                norm = 0;
                for (int j = 0; j < d; j++) {
                    u[l][j] = rng.nextGaussian();
                    norm += u[l][j] * u[l][j];
                }
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                u[l][j] /= norm;
            }
        }
        return u;
    }

    static Reference reference(ExactReference ref) {
        MetricOptions o = ref.options();
        double[][] u = directions(ref.dim(), o.projections(), o.seed());
        Optional<Function<double[], Law1d>> laws = TargetStructure.projections(ref.target().target(),
                ref.components(), ref.alpha(), ref.sigma());
        if (laws.isPresent()) {
            QuantileTable[] tables = new QuantileTable[u.length];
            Blocks.run(u.length, o.parallel(), l -> tables[l] = new QuantileTable(laws.get().apply(u[l])));
            return new Reference(u, tables, null);
        }
        int m = Math.min(o.referenceSamples(), MAX_REFERENCE_SAMPLES);
        double[] y = ReferenceSamples.exactSamples(ref.target(), ref.t(), m, o.seed(), SAMPLES, o.parallel());
        double[][] sorted = new double[u.length][];
        Blocks.run(u.length, o.parallel(), l -> sorted[l] = sortedProjection(y, m, u[l]));
        return new Reference(u, null, sorted);
    }

    /** The SW2 distance of the n row-major points x to the reference. x: Not modified. */
    static double distance(double[] x, int n, Reference r, boolean parallel) {
        double[][] u = r.directions();
        double[] w2 = new double[u.length];
        Blocks.run(u.length, parallel, l -> {
            double[] y = sortedProjection(x, n, u[l]);
            w2[l] = r.exact() ? r.tables()[l].w2Squared(y, n)
                    : QuantileTable.w2SquaredEmpirical(y, n, r.sorted()[l], r.sorted()[l].length);
        });
        double acc = 0;
        for (double v : w2) {
            acc += v;
        }
        return Math.sqrt(acc / u.length);
    }

    /** {@code u.x_i} for the n rows of x, sorted ascending (a fresh array). */
    static double[] sortedProjection(double[] x, int n, double[] u) {
        int d = u.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int j = 0; j < d; j++) {
                acc += x[i * d + j] * u[j];
            }
            y[i] = acc;
        }
        RadixSort.sort(y);
        return y;
    }
}
