package org.diffuscope.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The identities of science.md §1 for every process: VP {@code sigma^2 = 1 - alpha^2};
 * {@code f = d log alpha/dt} and {@code g^2 = d sigma^2/dt - 2 f sigma^2} (central differences); lambda and the OU
 * clock are inverted by timeOfLambda and timeOfOuClock; sigma^2 keeps its relative accuracy near t = 0.
 */
class ForwardProcessTest {

    static double[] times(ForwardProcess p) {
        double[] t = new double[25];
        for (int i = 0; i < t.length; i++) {
            // geometric from t-min to t-max: dense where the schedules change fastest
            t[i] = p.tMin() * Math.pow(p.tMax() / p.tMin(), i / (t.length - 1.0));
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void driftAndDiffusionMatchTheMarginalScales(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        for (double t : times(p)) {
            double h = 1e-6 * t;
            double dLogAlpha = (p.logAlpha(t + h) - p.logAlpha(t - h)) / (2 * h);
            double dSigma2 = (p.sigma2(t + h) - p.sigma2(t - h)) / (2 * h);
            assertEquals(dLogAlpha, p.f(t), 1e-7 * Math.max(1, Math.abs(p.f(t))), name + " f at t=" + t);
            double g2 = dSigma2 - 2 * p.f(t) * p.sigma2(t);
            assertEquals(g2, p.g2(t), 1e-7 * Math.max(1, Math.abs(p.g2(t))), name + " g^2 at t=" + t);
            assertTrue(p.g2(t) > 0, name + " g^2 > 0");
            assertEquals(Math.sqrt(p.g2(t)), p.g(t), 1e-15 * p.g(t));
            assertEquals(Math.exp(p.logAlpha(t)), p.alpha(t), 1e-16);
            assertEquals(Math.log(p.alpha(t) / p.sigma(t)), p.lambda(t), 1e-13 * Math.max(1, Math.abs(p.lambda(t))));
            assertEquals(p.sigma(t) / p.alpha(t), p.noiseLevel(t), 1e-13 * p.noiseLevel(t));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine"})
    void variancePreservingProcessesKeepUnitVariance(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        assertTrue(p.variancePreserving());
        for (double t : times(p)) {
            double a = p.alpha(t);
            assertEquals(1.0 - a * a, p.sigma2(t), 1e-15, name + " sigma^2 = 1 - alpha^2 at t=" + t);
            assertEquals(1.0, p.priorStd(p.tMax()), 0.0);
        }
        // near t = 0 sigma^2 keeps its relative accuracy (1 - alpha^2 would lose it): sigma^2 = -2 f(0) t (1 + O(t))
        double t = 1e-9;
        assertEquals(-2 * p.f(0) * t, p.sigma2(t), 1e-7 * p.sigma2(t), name + " sigma^2 at t = 1e-9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void timeOfLambdaInvertsLambda(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        for (double t : times(p)) {
            assertEquals(t, p.timeOfLambda(p.lambda(t)), 1e-10 * Math.max(t, 1e-3), name + " at t=" + t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine"})
    void timeOfOuClockInvertsMinusLogAlpha(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        for (double t : times(p)) {
            double tau = p.ouClock(t);
            assertEquals(-p.logAlpha(t), tau, 0.0);
            assertEquals(t, p.timeOfOuClock(tau), 1e-10 * Math.max(t, 1e-3), name + " at t=" + t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ve"})
    void varianceExplodingHasNoOuClockAndAWidePrior(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        assertThrows(UnsupportedOperationException.class, () -> p.timeOfOuClock(1.0));
        assertEquals(50.0, p.priorStd(1.0), 1e-12);
        assertEquals(0.0, p.logAlpha(0.3), 0.0);
        // sigma(t) = smin (smax/smin)^t
        assertEquals(0.01 * Math.pow(5000, 0.3), p.sigma(0.3), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void timeBoundsAreValidated(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        assertThrows(IllegalArgumentException.class, () -> p.withTimes(0.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> p.withTimes(0.5, 0.4));
        assertThrows(IllegalArgumentException.class, () -> p.withTimes(1e-3, p.tLimit() * 1.01));
        ForwardProcess q = p.withTimes(0.01, 0.5 * p.tLimit());
        assertEquals(0.01, q.tMin(), 0.0);
        assertEquals(p.name(), q.name());
    }
}
