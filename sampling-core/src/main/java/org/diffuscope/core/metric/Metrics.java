package org.diffuscope.core.metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Metrics of a particle cloud against the exact marginal p_t of one {@link DiffusedTarget} (science.md §7): a cheap
 * set fast enough for every frame of an animation and a full set with the noise floors. Caches one
 * {@link ExactReference} per time (the most recent {@code cacheSize}). Deterministic (fixed seeds, fixed blocks);
 * never modifies the particles; thread-safe.
 */
public final class Metrics {

    private final DiffusedTarget target;
    private final MetricOptions options;
    private final GaussianComponents components;
    private final Map<Double, ExactReference> cache;
    private final Object drawsLock = new Object();
    private ReferenceDraws draws;

    public Metrics(DiffusedTarget target) {
        this(target, MetricOptions.defaults());
    }

    public Metrics(DiffusedTarget target, MetricOptions options) {
        if (target == null || options == null) {
            throw new IllegalArgumentException("target and options are required");
        }
        this.target = target;
        this.options = options;
        this.components = TargetStructure.gaussianComponents(target.target()).orElse(null);
        int size = options.cacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Double, ExactReference> eldest) {
                return size() > size;
            }
        };
    }

    public DiffusedTarget target() {
        return target;
    }

    public MetricOptions options() {
        return options;
    }

    /**
     * The draws of x_0 and z behind count reference samples, drawn on first use and kept for every time (they do not
     * depend on t); null when they are too many to keep.
     */
    private ReferenceDraws referenceDraws(int count) {
        if (!ReferenceDraws.keepable(target, count)) {
            return null;
        }
        synchronized (drawsLock) {
            if (draws == null || draws.count() != count) {
                draws = ReferenceDraws.draw(target, count, options.seed(), options.parallel());
            }
            return draws;
        }
    }

    /** The exact reference at time t (cached); t = 0 only for targets with a density. */
    public ExactReference reference(double t) {
        synchronized (cache) {
            ExactReference r = cache.get(t);
            if (r == null) {
                r = new ExactReference(target, t, options, components, this::referenceDraws);
                cache.put(t, r);
            }
            return r;
        }
    }

    /**
     * The cheap set: {@code particles}, {@code non_finite}, {@code mean_error}, {@code mean_error_floor}
     * ({@code 1/sqrt(n)}, the RMS mean error of n exact samples), {@code cov_error}, {@code mode_weight_error}
     * (several modes only), {@code cross_entropy}, {@code cross_entropy_stderr}. x: Not modified.
     */
    public MetricReport cheap(Particles x, double t) {
        checkDim(x);
        Cloud c = Cloud.of(x);
        Map<String, Double> v = new LinkedHashMap<>();
        cheap(c, reference(t), v);
        return new MetricReport(t, x.count(), c.nonFinite(), v);
    }

    /**
     * The full set: the cheap set, then {@code cov_error_floor}, {@code entropy}, {@code entropy_stderr},
     * {@code bures_w2}, {@code histogram_tv} and {@code histogram_tv_floor} (d = 2), {@code sliced_w2} and
     * {@code sliced_w2_floor}, {@code mmd}, {@code mmd2}, {@code mmd_floor}, {@code mmd_bandwidth}, {@code knn_kl}
     * and {@code knn_kl_floor} (d <= 3), {@code product_kl}, {@code product_kl_floor} and {@code product_kl_stderr}
     * (product targets). Floors are the same metric for n exact samples of p_t (cached per time and n). x: Not
     * modified.
     */
    public MetricReport full(Particles x, double t) {
        return compute(x, t, FULL);
    }

    /** Every key of {@link #full}. */
    public static final Set<String> FULL = Set.of(MetricReport.COV_ERROR_FLOOR, MetricReport.ENTROPY,
            MetricReport.BURES_W2, MetricReport.HISTOGRAM_TV, MetricReport.SLICED_W2, MetricReport.MMD,
            MetricReport.KNN_KL, MetricReport.PRODUCT_KL);

    /**
     * The cheap set plus the groups of the full set named in {@code wanted} (a group is asked for by any of its keys,
     * and comes with its floor and companions: {@code sliced_w2_floor} with {@code sliced_w2}, and so on), in the
     * order of {@link #full}; keys that do not apply to this target or dimension are left out. x: Not modified.
     */
    public MetricReport compute(Particles x, double t, Set<String> wanted) {
        checkDim(x);
        Cloud c = Cloud.of(x);
        ExactReference ref = reference(t);
        Map<String, Double> v = new LinkedHashMap<>();
        Cheap cheap = cheap(c, ref, v);
        int n = c.n();
        int d = c.dim();
        if (n < 2) {
            return new MetricReport(t, x.count(), c.nonFinite(), v);
        }
        if (wants(wanted, MetricReport.COV_ERROR_FLOOR)) {
            v.put(MetricReport.COV_ERROR_FLOOR, ref.covarianceErrorFloor(n));
        }
        if (wants(wanted, MetricReport.ENTROPY, MetricReport.ENTROPY_STDERR)) {
            v.put(MetricReport.ENTROPY, ref.entropy());
            v.put(MetricReport.ENTROPY_STDERR, ref.entropyStderr());
        }
        if (wants(wanted, MetricReport.BURES_W2)) {
            v.put(MetricReport.BURES_W2, cheap.moments().buresW2(ref.meanView(), ref.covarianceView(),
                    ref.sqrtCovariance()));
        }
        if (d == 2 && wants(wanted, MetricReport.HISTOGRAM_TV, MetricReport.HISTOGRAM_TV_FLOOR)) {
            HistogramTv.Result h = HistogramTv.of(c.x(), n, ref, options.histogramBins());
            v.put(MetricReport.HISTOGRAM_TV, h.tv());
            v.put(MetricReport.HISTOGRAM_TV_FLOOR, h.floor());
        }
        boolean sliced = wants(wanted, MetricReport.SLICED_W2, MetricReport.SLICED_W2_FLOOR);
        boolean knn = d <= 3 && n > options.knnK() && wants(wanted, MetricReport.KNN_KL, MetricReport.KNN_KL_FLOOR);
        SlicedWasserstein.Reference slicedRef = sliced || knn
                ? ref.cached("sliced", () -> SlicedWasserstein.reference(ref)) : null;
        boolean knnFloor = d <= 3 && n > options.knnK();
        double[] floors = sliced || knn ? ref.cached("floors@" + n, () -> floors(ref, slicedRef, n, knnFloor)) : null;
        if (sliced) {
            v.put(MetricReport.SLICED_W2, SlicedWasserstein.distance(c.x(), n, slicedRef, options.parallel()));
            v.put(MetricReport.SLICED_W2_FLOOR, floors[0]);
        }
        if (wants(wanted, MetricReport.MMD, MetricReport.MMD2, MetricReport.MMD_FLOOR, MetricReport.MMD_BANDWIDTH)) {
            Mmd.Reference mmdRef = ref.cached("mmd", () -> Mmd.reference(ref));
            Mmd.Result mmd = Mmd.of(c.x(), n, d, mmdRef, options.mmdSubsample(), options.parallel());
            v.put(MetricReport.MMD, mmd.mmd());
            v.put(MetricReport.MMD2, mmd.mmd2());
            v.put(MetricReport.MMD_FLOOR, mmd.floor());
            v.put(MetricReport.MMD_BANDWIDTH, mmdRef.bandwidth());
        }
        if (knn) {
            v.put(MetricReport.KNN_KL, knnKl(c.x(), n, d, cheap.scores().crossEntropy()));
            v.put(MetricReport.KNN_KL_FLOOR, floors[1]);
        }
        Optional<List<Law1d>> laws = productLaws(ref);
        if (laws.isPresent() && wants(wanted, MetricReport.PRODUCT_KL, MetricReport.PRODUCT_KL_FLOOR,
                MetricReport.PRODUCT_KL_STDERR)) {
            ProductKl p = ProductKl.of(c.x(), n, d, laws.get(), options.productBins(), options.parallel());
            v.put(MetricReport.PRODUCT_KL, p.kl());
            v.put(MetricReport.PRODUCT_KL_FLOOR, p.floor());
            v.put(MetricReport.PRODUCT_KL_STDERR, p.stderr());
        }
        return new MetricReport(t, x.count(), c.nonFinite(), v);
    }

    private static boolean wants(Set<String> wanted, String... keys) {
        for (String k : keys) {
            if (wanted.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of the cheap set that the full set reuses. */
    private record Cheap(Moments moments, DensityScores scores) {
    }

    private Cheap cheap(Cloud c, ExactReference ref, Map<String, Double> v) {
        v.put(MetricReport.PARTICLES, (double) (c.n() + c.nonFinite()));
        v.put(MetricReport.NON_FINITE, (double) c.nonFinite());
        int n = c.n();
        if (n == 0) {
            return null;
        }
        Moments moments = Moments.of(c, ref.meanView(), options.parallel());
        v.put(MetricReport.MEAN_ERROR, moments.meanError(ref.meanView(), ref.traceC()));
        v.put(MetricReport.MEAN_ERROR_FLOOR, 1.0 / Math.sqrt(n));
        if (n > 1) {
            v.put(MetricReport.COV_ERROR, moments.covarianceError(ref.covarianceView(), ref.normC()));
        }
        int modes = target.target().modeCount();
        DensityScores scores = DensityScores.of(c, ref.marginal(), modes, options.parallel());
        if (modes > 1) {
            v.put(MetricReport.MODE_WEIGHT_ERROR, scores.modeWeightError(target.target().modeWeights()));
        }
        v.put(MetricReport.CROSS_ENTROPY, scores.crossEntropy());
        v.put(MetricReport.CROSS_ENTROPY_STDERR, scores.crossEntropyStderr());
        return new Cheap(moments, scores);
    }

    /**
     * The sliced-W2 and kNN-KL values of n exact samples of p_t (streams {@code (seed, METRICS, FLOOR, block)}), drawn
     * once per time and n and then dropped: only the two numbers are kept.
     */
    private double[] floors(ExactReference ref, SlicedWasserstein.Reference sliced, int n, boolean knn) {
        int d = ref.dim();
        double[] exact = ReferenceSamples.exactSamples(target, ref.t(), n, options.seed(), FLOOR, options.parallel());
        double slicedFloor = SlicedWasserstein.distance(exact, n, sliced, options.parallel());
        double knnFloor = Double.NaN;
        if (knn) {
            Cloud cloud = new Cloud(exact, n, d, 0);
            double ce = DensityScores.of(cloud, ref.marginal(), 1, options.parallel()).crossEntropy();
            knnFloor = knnKl(exact, n, d, ce);
        }
        return new double[] {slicedFloor, knnFloor};
    }

    /** Stream purpose (after {@code METRICS}) of the exact samples behind the floors. */
    static final long FLOOR = 2;

    /** {@code KL(q || p_t) ~ -H_kNN(q) + cross-entropy}. */
    private double knnKl(double[] x, int n, int d, double crossEntropy) {
        return -KnnEntropy.of(x, n, d, options.knnK(), options.parallel()) + crossEntropy;
    }

    /**
     * The per-coordinate KL sum against a product target (science.md §8.5), with its own bin count (0 = auto);
     * empty when the target is not a product. x: Not modified.
     */
    public Optional<ProductKl> productKl(Particles x, double t, int bins) {
        checkDim(x);
        Optional<List<Law1d>> laws = productLaws(reference(t));
        if (laws.isEmpty()) {
            return Optional.empty();
        }
        Cloud c = Cloud.of(x);
        return Optional.of(ProductKl.of(c.x(), c.n(), c.dim(), laws.get(), bins, options.parallel()));
    }

    /** The exact coordinate laws of p_t when the target is a product (cached per time). */
    private Optional<List<Law1d>> productLaws(ExactReference ref) {
        return ref.cached("product-laws", () -> TargetStructure.productFactors(target.target())
                .map(f -> ProductKl.laws(f, ref.alpha(), ref.sigma())));
    }

    private void checkDim(Particles x) {
        if (x.dim() != target.dim()) {
            throw new IllegalArgumentException("particles have dim " + x.dim() + ", the target has dim "
                    + target.dim());
        }
    }
}
