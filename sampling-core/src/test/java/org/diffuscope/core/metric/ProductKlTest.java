package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Marginal;
import org.diffuscope.core.target.ProductTarget;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;

/** Joint KL to product targets as a sum of exact 1D KLs. */
class ProductKlTest {

    /** The marginal variance of a coordinate of variance v at time t under OU. */
    private static double variance(double v, double t) {
        double a2 = Math.exp(-2 * t);
        return a2 * v + 1 - a2;
    }

    /** KL(N(delta, a^2 v) || N(0, v)) = 1/2 (a^2 - 1 - 2 log a + delta^2 / v). */
    private static double gaussianKl(double delta, double a, double v) {
        return 0.5 * (a * a - 1 - 2 * Math.log(a) + delta * delta / v);
    }

    @Test
    void diagonalGaussianSumsItsCoordinateKlsAndAgreesWithKnn() {
        double t = 0.1;
        double[] v = {1.0, 0.25};
        DiffusedTarget dt = Fixtures.ou(Fixtures.gaussian(new double[] {0, 0}, Fixtures.diagonal(v)));
        assertTrue(TargetStructure.isProduct(dt.target()));
        Metrics m = new Metrics(dt);
        Particles x = dt.sample(t, 40_000, 8);
        MetricReport exact = m.full(x, t);
        assertEquals(0.0, exact.get(MetricReport.PRODUCT_KL), 4 * exact.get(MetricReport.PRODUCT_KL_FLOOR));

        double[] delta = {0.2, -0.1};
        double a = 1.1;
        Particles y = Fixtures.affine(x, new double[] {0, 0}, delta, a);
        MetricReport r = m.full(y, t);
        double kl = gaussianKl(delta[0], a, variance(v[0], t)) + gaussianKl(delta[1], a, variance(v[1], t));
        assertEquals(kl, r.get(MetricReport.PRODUCT_KL), 0.02 * kl + 4 * r.get(MetricReport.PRODUCT_KL_STDERR));
        assertEquals(r.get(MetricReport.KNN_KL), r.get(MetricReport.PRODUCT_KL), 0.02, r.toJson());
    }

    @Test
    void klGrowsLinearlyWithDimensionOnAProduct() {
        int d = 64;
        double t = 0.05;
        double[] mean = new double[d];
        double[] v = new double[d];
        Arrays.fill(v, 0.5);
        DiffusedTarget dt = Fixtures.ou(Fixtures.gaussian(mean, Fixtures.diagonal(v)));
        Metrics m = new Metrics(dt);
        Particles x = dt.sample(t, 20_000, 2);
        ProductKl exact = m.productKl(x, t, 0).orElseThrow();
        assertEquals(0.0, exact.kl(), 4 * exact.floor());
        assertEquals(d, exact.perCoordinate().length);

        double[] delta = new double[d];
        Arrays.fill(delta, 0.1);
        ProductKl shifted = m.productKl(Fixtures.affine(x, mean, delta, 1.0), t, 0).orElseThrow();
        double kl1 = gaussianKl(0.1, 1.0, variance(0.5, t));
        assertEquals(d * kl1, shifted.kl(), 0.02 * d * kl1 + 4 * shifted.stderr());
    }

    @Test
    void notAProductGivesNoProductKl() {
        DiffusedTarget ring = Fixtures.ou(Fixtures.ring8());
        assertFalse(TargetStructure.isProduct(ring.target()));
        assertTrue(new Metrics(ring).productKl(ring.sample(0.1, 100, 1), 0.1, 0).isEmpty());
        assertFalse(new Metrics(ring).full(ring.sample(0.1, 1000, 1), 0.1).has(MetricReport.PRODUCT_KL));
    }

    /** A bimodal 1D mixture, weights (w, 1 - w). */
    private static GaussianMixture bimodal(double w) {
        return new GaussianMixture(new double[] {w, 1 - w}, new double[][] {{-1.0}, {1.5}},
                new double[][] {{0.1}, {0.3}});
    }

    /** The product of two bimodal coordinates, declaring its factors (hidden behind the bare interface). */
    record BimodalProduct(double w0, double w1) implements Target, ProductTarget {

        GaussianMixture joint() {
            GaussianMixture f0 = bimodal(w0);
            GaussianMixture f1 = bimodal(w1);
            double[] w = new double[4];
            double[][] mu = new double[4][];
            double[][] cov = new double[4][];
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    w[2 * a + b] = f0.weight(a) * f1.weight(b);
                    mu[2 * a + b] = new double[] {f0.componentMean(a)[0], f1.componentMean(b)[0]};
                    cov[2 * a + b] = Fixtures.diagonal(f0.componentCovariance(a)[0], f1.componentCovariance(b)[0]);
                }
            }
            return new GaussianMixture(w, mu, cov);
        }

        @Override
        public Target factor(int j) {
            return new Fixtures.Opaque(bimodal(j == 0 ? w0 : w1));
        }

        @Override
        public int dim() {
            return 2;
        }

        @Override
        public String kind() {
            return "bimodal-product";
        }

        @Override
        public Marginal marginal(double alpha, double sigma) {
            return joint().marginal(alpha, sigma);
        }

        @Override
        public boolean hasDensity() {
            return true;
        }

        @Override
        public void sample(RandomGenerator rng, double[] out, int off) {
            joint().sample(rng, out, off);
        }

        @Override
        public double[] mean() {
            return joint().mean();
        }

        @Override
        public double[] covariance() {
            return joint().covariance();
        }
    }

    /** KL between two 1D laws by the trapezoid rule on a fine grid. */
    private static double quadratureKl(Law1d q, Law1d p) {
        double lo = Math.min(q.lower(), p.lower());
        double hi = Math.max(q.upper(), p.upper());
        int n = 200_000;
        double h = (hi - lo) / n;
        double acc = 0;
        for (int i = 0; i <= n; i++) {
            double x = lo + i * h;
            double lq = q.logDensity(x);
            double v = Double.isFinite(lq) ? Math.exp(lq) * (lq - p.logDensity(x)) : 0.0;
            acc += (i == 0 || i == n ? 0.5 : 1.0) * v;
        }
        return acc * h;
    }

    @Test
    void declaredProductWithTabulatedFactorsMatchesTheQuadratureKl() {
        double t = 0.02;
        DiffusedTarget target = Fixtures.ou(new BimodalProduct(0.3, 0.6));
        DiffusedTarget wrong = Fixtures.ou(new BimodalProduct(0.45, 0.6));
        Metrics m = new Metrics(target);
        ProductKl exact = m.productKl(target.sample(t, 30_000, 4), t, 0).orElseThrow();
        assertEquals(0.0, exact.kl(), 4 * exact.floor());
        ProductKl r = m.productKl(wrong.sample(t, 30_000, 4), t, 0).orElseThrow();
        double alpha = Math.exp(-t);
        double sigma = Math.sqrt(-Math.expm1(-2 * t));
        double kl0 = quadratureKl(TargetStructure.law1d(bimodal(0.45), alpha, sigma),
                TargetStructure.law1d(bimodal(0.3), alpha, sigma));
        assertEquals(kl0, r.perCoordinate()[0], 0.02 * kl0 + 4 * r.stderr());
        assertEquals(0.0, r.perCoordinate()[1], 4 * exact.floor() * Math.sqrt(2));
    }

    @Test
    void tabulatedLawMatchesTheClosedForm() {
        for (double[] as : new double[][] {{1.0, 0.0}, {0.9, 0.3}}) {
            Law1d closed = TargetStructure.law1d(bimodal(0.3), as[0], as[1]);
            Law1d table = TargetStructure.law1d(new Fixtures.Opaque(bimodal(0.3)), as[0], as[1]);
            assertTrue(table instanceof TabulatedLaw1d);
            for (double x = -3; x <= 4; x += 0.173) {
                assertEquals(closed.cdf(x), table.cdf(x), 1e-6);
                assertEquals(closed.partialMean(x), table.partialMean(x), 1e-5);
                assertEquals(closed.density(x), table.density(x), 1e-3 * closed.density(x) + 1e-9);
            }
            for (double p : new double[] {1e-4, 0.1, 0.3, 0.5, 0.9, 0.9999}) {
                assertEquals(closed.quantile(p), table.quantile(p), 1e-5);
            }
            assertEquals(closed.mean(), table.mean(), 1e-8);
            assertEquals(closed.secondMoment(), table.secondMoment(), 1e-5);
        }
    }

    @Test
    void binnedAndKnnOneDimensionalKlsAgree() {
        GaussianMixture1d p = new GaussianMixture1d(new double[] {1}, new double[] {0}, new double[] {1});
        double[] x = new double[50_000];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(6);
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 + 0.8 * rng.nextGaussian();
        }
        double kl = gaussianKl(0.5, 0.8, 1.0);
        Kl1d binned = Kl1d.binned(x, x.length, p, Kl1d.defaultBins(x.length));
        assertEquals(kl, binned.kl(), 0.02 * kl + 4 * binned.stderr());
        assertEquals(kl, Kl1d.knn(x, x.length, p, 3), 0.02);
    }

    @Test
    void stderrUnderAShiftMatchesTheSpreadOverSeeds() {
        double t = 0.05;
        DiffusedTarget dt = Fixtures.ou(Fixtures.gaussian(new double[] {0, 0}, Fixtures.diagonal(1.0, 0.5)));
        Metrics m = new Metrics(dt);
        int runs = 24;
        double sum = 0;
        double sum2 = 0;
        double se = 0;
        for (int r = 0; r < runs; r++) {
            Particles y = Fixtures.affine(dt.sample(t, 5000, 50 + r), new double[] {0, 0}, new double[] {0.3, 0.0}, 1.0);
            ProductKl k = m.productKl(y, t, 0).orElseThrow();
            sum += k.kl();
            sum2 += k.kl() * k.kl();
            se += k.stderr() / runs;
        }
        double mean = sum / runs;
        double sd = Math.sqrt((sum2 / runs - mean * mean) * runs / (runs - 1));
        // the reported standard error and the observed spread agree within the spread's own sampling error
        assertEquals(sd, se, 0.35 * sd);
        assertTrue(se > 3 * m.productKl(dt.sample(t, 5000, 1), t, 0).orElseThrow().floor());
        double kl = gaussianKl(0.3, 1.0, variance(1.0, t));
        assertEquals(kl, mean, 0.02 * kl + 4 * sd / Math.sqrt(runs));
    }
}
