package org.diffuscope.core.run;

/**
 * Where a reverse run starts: NORMAL draws {@code N(0, priorStd^2 I)} (priorStd = 1 for OU and VP whatever t-max
 * is, sigma(t-max) for VE; science.md §1), EXACT draws exact samples of p_{t-max}.
 */
public enum Prior {
    NORMAL, EXACT
}
