package org.diffuscope.core.corrector;

import java.util.concurrent.ConcurrentHashMap;

import org.diffuscope.core.process.DiffusedTarget;

/**
 * L(t) of one diffused target ({@link DiffusedTarget#smoothness(double)}: the largest local Lipschitz constant of
 * the score over 1024 exact samples of p_t, fixed seed), cached per t. Thread-safe; share it between runs on the
 * same target.
 */
public final class SmoothnessCache {

    private final DiffusedTarget target;
    private final ConcurrentHashMap<Double, Double> values = new ConcurrentHashMap<>();

    public SmoothnessCache(DiffusedTarget target) {
        this.target = target;
    }

    public DiffusedTarget target() {
        return target;
    }

    /** L(t). */
    public double at(double t) {
        return values.computeIfAbsent(t, target::smoothness);
    }
}
