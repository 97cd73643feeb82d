package org.diffuscope.core.sampler;

/** Work on one block of particles, rows {@code [from, to)}, done by worker {@code worker} (its scratch slot). */
@FunctionalInterface
public interface BlockTask {

    void run(int worker, int block, int from, int to);
}
