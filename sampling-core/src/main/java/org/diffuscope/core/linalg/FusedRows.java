package org.diffuscope.core.linalg;

/**
 * {@code u[j] += sum_m a_m r_m[j]} for j from a start to the end of u, as chains of fused multiply-adds: the inner
 * loops of the full-covariance kernels. They are small leaf methods on purpose, each loop storing into one array and
 * running to that array's length: HotSpot C2 (JDK 17) then vectorises them in every JVM run (~11 fused
 * multiply-adds per ns on one core here). Loops that stored into two rows at once were vectorised only in some runs
 * (~6 per ns in the others: C2 cannot rule out that the rows alias), and so were loops ending at another bound.
 */
public final class FusedRows {

    private FusedRows() {
    }

    /** {@code u[j] += a0 r0[j] + a1 r1[j] + a2 r2[j] + a3 r3[j]} for j >= from, in that order of fused adds. */
    public static void four(double[] u, int from, double[] r0, double[] r1, double[] r2, double[] r3,
                     double a0, double a1, double a2, double a3) {
        for (int j = from; j < u.length; j++) {
            u[j] = Math.fma(a3, r3[j], Math.fma(a2, r2[j], Math.fma(a1, r1[j], Math.fma(a0, r0[j], u[j]))));
        }
    }

    /** {@code u[j] += a r[j]} for j >= from. */
    public static void one(double[] u, int from, double[] r, double a) {
        for (int j = from; j < u.length; j++) {
            u[j] = Math.fma(a, r[j], u[j]);
        }
    }
}
