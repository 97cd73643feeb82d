package org.diffuscope.core.run;

/**
 * Which way a run moves in time: REVERSE samples from t-max down to t-min; FORWARD noises exact samples of
 * p_{t-min} up to t-max with the exact transition kernel {@code x' = (alpha'/alpha) x +
 * sqrt(sigma'^2 - (alpha'/alpha)^2 sigma^2) z}.
 */
public enum Direction {
    REVERSE, FORWARD
}
