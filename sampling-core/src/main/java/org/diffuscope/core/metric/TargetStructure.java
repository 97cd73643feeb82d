package org.diffuscope.core.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.ProductTarget;
import org.diffuscope.core.target.Target;

/**
 * The one place that knows which targets offer closed forms beyond the {@link Target} interface: explicit Gaussian
 * components (a {@link GaussianMixture}), closed-form projections ({@link ProjectableTarget}, or a mixture) and
 * product structure ({@link ProductTarget}, or a mixture of one diagonal Gaussian). Every metric works without them,
 * from exact samples; with them the reference side is exact.
 */
public final class TargetStructure {

    private TargetStructure() {
    }

    /** The Gaussian components of p_0 when the target is a Gaussian mixture. */
    static Optional<GaussianComponents> gaussianComponents(Target target) {
        return target instanceof GaussianMixture g ? Optional.of(GaussianComponents.of(g)) : Optional.empty();
    }

    /** A factory of the closed-form projected laws {@code u -> law(u.x)} under the marginal at (alpha, sigma). */
    static Optional<Function<double[], Law1d>> projections(Target target, GaussianComponents components,
                                                           double alpha, double sigma) {
        if (target instanceof ProjectableTarget p) {
            return Optional.of(u -> p.projection(u, alpha, sigma));
        }
        if (components != null) {
            return Optional.of(u -> components.project(u, alpha, sigma));
        }
        return Optional.empty();
    }

    /** True when the target says it is a product of its coordinate laws (or is one diagonal Gaussian). */
    public static boolean isProduct(Target target) {
        return productFactors(target).isPresent();
    }

    /** The one-dimensional factors of a product target, coordinate by coordinate. */
    public static Optional<List<Target>> productFactors(Target target) {
        List<Target> factors = new ArrayList<>(target.dim());
        if (target instanceof ProductTarget p) {
            for (int j = 0; j < target.dim(); j++) {
                Target f = p.factor(j);
                if (f.dim() != 1) {
                    throw new IllegalStateException(target.kind() + ".factor(" + j + ") has dim " + f.dim()
                            + ", expected 1");
                }
                factors.add(f);
            }
            return Optional.of(factors);
        }
        if (target instanceof GaussianMixture g && g.size() == 1 && g.shape() != GaussianMixture.Shape.FULL) {
            double[] mu = g.componentMean(0);
            double[] s = g.componentCovariance(0);
            int d = g.dim();
            for (int j = 0; j < d; j++) {
                factors.add(new GaussianMixture(new double[] {1.0}, new double[][] {{mu[j]}},
                        new double[][] {{s[j * d + j]}}));
            }
            return Optional.of(factors);
        }
        return Optional.empty();
    }

    /** The marginal at (alpha, sigma) of a one-dimensional target as a {@link Law1d}: closed form when offered. */
    public static Law1d law1d(Target target, double alpha, double sigma) {
        if (target.dim() != 1) {
            throw new IllegalArgumentException("target must be one-dimensional, got dim " + target.dim());
        }
        double[] u = {1.0};
        if (target instanceof ProjectableTarget p) {
            return p.projection(u, alpha, sigma);
        }
        if (target instanceof GaussianMixture g) {
            return GaussianComponents.of(g).project(u, alpha, sigma);
        }
        return new TabulatedLaw1d(target, alpha, sigma);
    }
}
