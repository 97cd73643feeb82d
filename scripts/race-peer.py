#!/usr/bin/env python3
"""Race `diffuscope bench` against the numpy peer on the same work and print the ratios.

Both sides run the reverse SDE (Euler-Maruyama) for K = 8 Gaussian mixtures under the OU process from t = 5 to
1e-3 on a uniform grid, the peer's mixtures exactly (presets peer-gmm, peer-gmm-iso, peer-gmm-diag). Runs
alternate A B A B so that the load of a shared machine falls on both sides alike; the figures are the medians of
the steady-state ms per step (the mean over the second half of each run) of every round. numpy is needed for the
peer: this is a benchmark, never a CI gate.

Usage (from the repository root, after `mvn -B -q -DskipTests package`):
    python3 scripts/race-peer.py                      # all cases, 3 rounds, 2 threads
    python3 scripts/race-peer.py --cases d2-full --rounds 5
    python3 scripts/race-peer.py --peer PATH/gmm_ou_ref.py --threads 1
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

# name: (preset, d, peer cov, particles, steps, target ratio)
CASES = {
    "d2-full": ("peer-gmm", 2, "full", 100000, 100, 0.20),
    "d100-iso": ("peer-gmm-iso", 100, "iso", 10000, 40, 0.35),
    "d100-diag": ("peer-gmm-diag", 100, "diag", 10000, 40, 0.35),
    "d100-full": ("peer-gmm", 100, "full", 10000, 40, 1.0),
    "d1000-full": ("peer-gmm", 1000, "full", 2000, 6, 1.0),
}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def java_run(jar, preset, d, n, steps, threads):
    cmd = ["java", "-jar", jar, "bench", "--target", preset, "--dim", str(d), "--process", "ou", "--t-max", "5",
           "--grid", "uniform", "--sampler", "sde-em", "--particles", str(n), "--steps", str(steps),
           "--threads", str(threads)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return float(re.search(r"steady_ms_per_step=([0-9.eE+-]+)", out).group(1))


def peer_run(peer, cov, d, n, steps):
    cmd = [sys.executable, peer, "--d", str(d), "--K", "8", "--cov", cov, "--sampler", "em", "--N", str(n),
           "--steps", str(steps)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return float(re.search(r"second half: ([0-9.]+) ms/step", out).group(1))


def default_peer():
    for up in ("..", os.path.join("..", "..")):
        p = os.path.normpath(os.path.join(ROOT, up, "shared", "tools", "peer", "gmm_ou_ref.py"))
        if os.path.exists(p):
            return p
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "tools", "peer", "gmm_ou_ref.py"))


def load():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated, from: " + ", ".join(CASES))
    ap.add_argument("--rounds", type=int, default=3, help="A B alternations per case (default 3)")
    ap.add_argument("--threads", type=int, default=2, help="Java worker threads (default 2)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "app", "target", "diffuscope.jar"))
    ap.add_argument("--peer", default=default_peer(), help="path of gmm_ou_ref.py (default: shared/tools/peer "
                    "beside the repository or one level up)")
    a = ap.parse_args(argv)
    if not os.path.exists(a.jar):
        sys.exit("no %s: build it first with mvn -B -q -DskipTests package" % a.jar)
    if not os.path.exists(a.peer):
        sys.exit("no peer at %s: pass --peer PATH/gmm_ou_ref.py" % a.peer)
    try:
        import numpy  # noqa: F401
    except ImportError:
        sys.exit("the peer needs numpy (pip install numpy); nothing raced")
    rows = []
    for name in a.cases.split(","):
        preset, d, cov, n, steps, goal = CASES[name]
        java, peer, loads = [], [], [load()]
        for r in range(a.rounds):
            # alternate which side goes first, so neither always runs on a warmer or quieter machine
            if r % 2 == 0:
                java.append(java_run(a.jar, preset, d, n, steps, a.threads))
                peer.append(peer_run(a.peer, cov, d, n, steps))
            else:
                peer.append(peer_run(a.peer, cov, d, n, steps))
                java.append(java_run(a.jar, preset, d, n, steps, a.threads))
            loads.append(load())
            print("%-10s round %d: java %.2f ms/step, peer %.2f ms/step (load %.1f)"
                  % (name, r + 1, java[-1], peer[-1], loads[-1]), flush=True)
        jm, pm = statistics.median(java), statistics.median(peer)
        paired = statistics.median(j / p for j, p in zip(java, peer))
        rows.append((name, n, steps, jm, pm, jm / pm, paired, goal, statistics.median(loads)))
    print()
    # a round's two runs share the machine's load, so the median of the per-round ratios is the steadier figure
    print("| case | N | steps | Java ms/step (median) | peer ms/step (median) | ratio of medians "
          "| median of round ratios | target | met | load |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, n, steps, jm, pm, ratio, paired, goal, ld in rows:
        print("| %s | %d | %d | %.2f | %.2f | %.3f | %.3f | <= %.2f | %s | %.1f |"
              % (name, n, steps, jm, pm, ratio, paired, goal, "yes" if paired <= goal else "no", ld))
    print("\n%d rounds, %d Java threads, load = median 1-min load average over the rounds (%d cores)"
          % (a.rounds, a.threads, os.cpu_count() or 0))


if __name__ == "__main__":
    main()
