package org.diffuscope.core.target;

/**
 * Optional capability of a {@link Target}: p_0 is the product of its d coordinate laws, {@code p_0(x) = prod_j
 * q_j(x_j)}. Since the forward noise is isotropic and independent, every marginal is a product too, coordinate j of
 * p_t being {@code factor(j).marginal(alpha, sigma)}; samplers act coordinate-wise on it and the joint KL is exactly
 * the sum of the d one-dimensional KLs (science.md §2, Laplace; §8.5). Implemented by product targets (Laplace, a
 * box); the metrics also recognise a Gaussian mixture with one diagonal component.
 */
public interface ProductTarget extends Target {

    /** The one-dimensional target whose law is coordinate j of x_0, {@code 0 <= j < dim}. */
    Target factor(int j);
}
