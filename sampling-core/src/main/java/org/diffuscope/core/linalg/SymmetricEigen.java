package org.diffuscope.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigen-decomposition {@code A = V diag(values) V'} of a symmetric matrix, through EJML. Used once per target or per
 * step, never per particle.
 *
 * @param values  eigenvalues in ascending order
 * @param vectors row-major d x d; column j is the unit eigenvector of {@code values[j]}
 */
public record SymmetricEigen(double[] values, double[] vectors) {

    /** Decomposes the symmetric row-major d x d matrix a. a: Not modified. */
    public static SymmetricEigen of(double[] a, int d) {
        DMatrixRMaj m = DMatrixRMaj.wrap(d, d, a.clone());
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(m)) {
            throw new ArithmeticException("symmetric eigen-decomposition failed");
        }
        Integer[] order = new Integer[d];
        double[] raw = new double[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
            raw[j] = eig.getEigenvalue(j).getReal();
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(raw[p], raw[q]));
        double[] values = new double[d];
        double[] vectors = new double[d * d];
        for (int j = 0; j < d; j++) {
            values[j] = raw[order[j]];
            DMatrixRMaj v = eig.getEigenVector(order[j]);
            for (int i = 0; i < d; i++) {
                vectors[i * d + j] = v.get(i, 0);
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** The largest absolute eigenvalue of a symmetric row-major d x d matrix (its spectral norm). a: Not modified. */
    public static double spectralNorm(double[] a, int d) {
        if (d == 1) {
            return Math.abs(a[0]);
        }
        if (d == 2) {
            // eigenvalues m +- r of [[p, q], [q, s]]: m = (p + s)/2, r = sqrt(((p - s)/2)^2 + q^2)
            double m = 0.5 * (a[0] + a[3]);
            double r = Math.hypot(0.5 * (a[0] - a[3]), 0.5 * (a[1] + a[2]));
            return Math.abs(m) + r;
        }
        double[] values = of(a, d).values();
        return Math.max(Math.abs(values[0]), Math.abs(values[d - 1]));
    }
}
