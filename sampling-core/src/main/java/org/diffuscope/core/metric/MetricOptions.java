package org.diffuscope.core.metric;

/**
 * Settings of the metrics against the exact marginal p_t (science.md §7). Every random choice (projection
 * directions, exact reference samples) derives from {@code seed}, so the same inputs give the same numbers.
 *
 * @param seed             seed of every random choice the metrics make
 * @param projections      directions of the sliced W2 (50)
 * @param histogramBins    cells per axis of the 2D histogram TV grid (40)
 * @param knnK             the k of the k-nearest-neighbour entropy, 1..5 (3)
 * @param mmdSubsample     particles (a fixed stride) used by the MMD's O(n^2) particle-particle term (4000)
 * @param mmdBandwidth     Gaussian kernel bandwidth h of the MMD; NaN = median heuristic on exact samples of p_t
 * @param referenceSamples exact samples of p_t behind the entropy and the sample-based references (100000; fewer
 *                         in high dimension, see {@link ExactReference})
 * @param productBins      equal-mass bins of the 1D KLs of {@link ProductKl}; 0 = {@code 2 N^(1/3)}
 * @param parallel         run fixed blocks in parallel (results are identical either way)
 * @param cacheSize        exact references (one per time t) kept by a {@link Metrics}
 */
public record MetricOptions(long seed, int projections, int histogramBins, int knnK, int mmdSubsample,
                            double mmdBandwidth, int referenceSamples, int productBins, boolean parallel,
                            int cacheSize) {

    public MetricOptions {
        require(projections >= 1, "projections must be >= 1, got " + projections);
        require(histogramBins >= 2 && histogramBins <= 1024,
                "histogramBins must be in [2, 1024], got " + histogramBins);
        require(knnK >= 1 && knnK <= 5, "knnK must be in [1, 5], got " + knnK);
        require(mmdSubsample >= 2, "mmdSubsample must be >= 2, got " + mmdSubsample);
        require(Double.isNaN(mmdBandwidth) || (mmdBandwidth > 0 && Double.isFinite(mmdBandwidth)),
                "mmdBandwidth must be NaN (median heuristic) or finite and > 0, got " + mmdBandwidth);
        require(referenceSamples >= 1000, "referenceSamples must be >= 1000, got " + referenceSamples);
        require(productBins == 0 || productBins >= 2, "productBins must be 0 (auto) or >= 2, got " + productBins);
        require(cacheSize >= 1, "cacheSize must be >= 1, got " + cacheSize);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The documented defaults, seed 0. */
    public static MetricOptions defaults() {
        return new MetricOptions(0L, 50, 40, 3, 4000, Double.NaN, 100_000, 0, true, 8);
    }

    public MetricOptions withSeed(long newSeed) {
        return new MetricOptions(newSeed, projections, histogramBins, knnK, mmdSubsample, mmdBandwidth,
                referenceSamples, productBins, parallel, cacheSize);
    }

    public MetricOptions withParallel(boolean newParallel) {
        return new MetricOptions(seed, projections, histogramBins, knnK, mmdSubsample, mmdBandwidth,
                referenceSamples, productBins, newParallel, cacheSize);
    }

    public MetricOptions withReferenceSamples(int n) {
        return new MetricOptions(seed, projections, histogramBins, knnK, mmdSubsample, mmdBandwidth, n,
                productBins, parallel, cacheSize);
    }

    public MetricOptions withMmd(int subsample, double bandwidth) {
        return new MetricOptions(seed, projections, histogramBins, knnK, subsample, bandwidth, referenceSamples,
                productBins, parallel, cacheSize);
    }
}
