package org.diffuscope.core.metric;

import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.random.RandomStreams;

/**
 * The randomness behind the reference samples of every time t: {@code x_0 ~ p_0} and {@code z ~ N(0, I)} per row,
 * drawn from the streams {@code (seed, METRICS, REFERENCE, block)} in the order {@link DiffusedTarget.Draws} draws
 * them. Those streams do not depend on t, so the sample of p_t is {@code alpha x_0 + sigma z} from the same
 * {@code x_0} and {@code z} at every time: drawn once per target and kept, the reference of a new time only evaluates
 * log p_t (in the window: a new time at every frame, and the draws were about half of its cost). Immutable once built.
 */
final class ReferenceDraws {

    /** The most numbers (rows times dimension) kept per array: 4 MB each; larger references draw as they go. */
    static final int MAX_KEPT = 1 << 19;

    private final int count;
    private final int dim;
    private final double[] x0;
    private final double[] z;

    private ReferenceDraws(int count, int dim, double[] x0, double[] z) {
        this.count = count;
        this.dim = dim;
        this.x0 = x0;
        this.z = z;
    }

    /** Whether count rows of this target are small enough to keep. */
    static boolean keepable(DiffusedTarget target, int count) {
        return (long) count * target.dim() <= MAX_KEPT;
    }

    static ReferenceDraws draw(DiffusedTarget target, int count, long seed, boolean parallel) {
        int d = target.dim();
        double[] x0 = new double[count * d];
        double[] z = new double[count * d];
        Blocks.run(Blocks.count(count), parallel, b -> {
            SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.METRICS, ReferenceSamples.REFERENCE, b);
            for (int i = Blocks.start(b), end = Blocks.end(b, count); i < end; i++) {
                target.target().sample(rng, x0, i * d);
                for (int j = 0; j < d; j++) {
                    z[i * d + j] = rng.nextGaussian();
                }
            }
        });
        return new ReferenceDraws(count, d, x0, z);
    }

    int count() {
        return count;
    }

    /** Writes row i of {@code alpha x_0 + sigma z} at out[off ..], the numbers {@link DiffusedTarget.Draws} gives. */
    void sample(int i, double alpha, double sigma, double[] out, int off) {
        int d = dim;
        int from = i * d;
        for (int j = 0; j < d; j++) {
            out[off + j] = alpha * x0[from + j] + sigma * z[from + j];
        }
    }
}
