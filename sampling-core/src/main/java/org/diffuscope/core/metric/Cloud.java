package org.diffuscope.core.metric;

import org.diffuscope.core.particles.Particles;

/**
 * The finite particles of a cloud, row-major: the particles' own array when all are finite (never modified), else
 * a copy without the rows holding a NaN or an infinity, whose number is {@code nonFinite}.
 */
record Cloud(double[] x, int n, int dim, int nonFinite) {

    static Cloud of(Particles p) {
        int bad = p.countNonFinite();
        if (bad == 0) {
            return new Cloud(p.data(), p.count(), p.dim(), 0);
        }
        int d = p.dim();
        double[] src = p.data();
        double[] out = new double[(p.count() - bad) * d];
        int n = 0;
        for (int i = 0; i < p.count(); i++) {
            boolean finite = true;
            for (int j = 0; j < d; j++) {
                finite &= Double.isFinite(src[i * d + j]);
            }
            if (finite) {
                System.arraycopy(src, i * d, out, n * d, d);
                n++;
            }
        }
        return new Cloud(out, n, d, bad);
    }
}
