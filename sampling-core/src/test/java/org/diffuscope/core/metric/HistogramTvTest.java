package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;

class HistogramTvTest {

    private final DiffusedTarget ring = Fixtures.ou(Fixtures.ring8());

    @Test
    void aDifferentDistributionIsClearlyAboveTheFloor() {
        double t = 0.01;
        double[][] mu = new double[8][];
        double[] v = new double[8];
        double[] w = new double[8];
        for (int k = 0; k < 8; k++) {
            mu[k] = ((GaussianMixture) ring.target()).componentMean(k);
            v[k] = 0.05; // wider modes than the target's 0.02
            w[k] = 1;
        }
        DiffusedTarget wide = Fixtures.ou(GaussianMixture.isotropic(w, mu, v));
        Particles x = wide.sample(t, 20_000, 5);
        MetricReport r = new Metrics(ring).full(x, t);
        assertTrue(r.get(MetricReport.HISTOGRAM_TV) > 3 * r.get(MetricReport.HISTOGRAM_TV_FLOOR), r.toJson());
    }

    @Test
    void floorScalesAsOneOverSqrtN() {
        double t = 0.05;
        Metrics m = new Metrics(ring);
        double previous = Double.NaN;
        for (int n : new int[] {2_500, 10_000, 40_000}) {
            MetricReport r = m.full(ring.sample(t, n, 9), t);
            double floor = r.get(MetricReport.HISTOGRAM_TV_FLOOR);
            if (!Double.isNaN(previous)) {
                // four times the particles, half the floor (to ~10%: cells with n p_c ~ 1 are not yet Gaussian)
                assertEquals(0.5, floor / previous, 0.05);
            }
            previous = floor;
        }
    }

    @Test
    void floorIsTheExpectedTvOfExactSamples() {
        double t = 0.05;
        int n = 1000;
        ExactReference ref = new Metrics(ring).reference(t);
        HistogramTv.Grid grid = HistogramTv.grid(new double[0], 0, ref.samples().lo(), ref.samples().hi(), 40);
        double[] p = HistogramTv.cellMasses(ref, grid);
        double sum = 0;
        double sum2 = 0;
        double floor = Double.NaN;
        int runs = 60;
        for (int run = 0; run < runs; run++) {
            Particles x = ring.sample(t, n, 1000 + run);
            HistogramTv.Result r = HistogramTv.onGrid(x.data(), n, grid, p);
            sum += r.tv();
            sum2 += r.tv() * r.tv();
            floor = r.floor();
        }
        double mean = sum / runs;
        double se = Math.sqrt((sum2 / runs - mean * mean) / runs);
        assertEquals(mean, floor, 4 * se);
    }

    @Test
    void closedFormCellMassesAgreeWithQuadrature() {
        for (Target target : new Target[] {Fixtures.ring8(), Fixtures.pointMasses()}) {
            for (double t : new double[] {0.01, 0.3}) {
                ExactReference ref = new Metrics(Fixtures.ou(target)).reference(t);
                HistogramTv.Grid grid = HistogramTv.grid(new double[0], 0, ref.samples().lo(), ref.samples().hi(), 30);
                double[] closed = HistogramTv.cellMasses(ref, grid);
                double[] quadrature = HistogramTv.quadratureMasses(ref, grid);
                double inside = 0;
                for (int c = 0; c < 900; c++) {
                    assertEquals(closed[c], quadrature[c], 1e-4 * closed[c] + 1e-8, target + " t=" + t);
                    inside += closed[c];
                }
                assertEquals(1.0, inside + closed[900], 1e-12);
                assertTrue(closed[900] < 1e-3, "the grid holds the mass: outside " + closed[900]);
            }
        }
    }
}
