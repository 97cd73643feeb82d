#!/usr/bin/env python3
"""Coefficients and reference values for org.diffuscope.core.special, computed with mpmath at 50 digits.

  python3 special_reference.py coefficients   # Chebyshev tables and series coefficients (Java arrays)
  python3 special_reference.py references     # reference values asserted by the special-function tests

Chebyshev coefficients c_k of f on [-1, 1] (f ~ sum_k c_k T_k(u), c_0 already halved) come from interpolation at
120 Chebyshev nodes; they are truncated where |c_k| < 1e-17 max |c|.
"""
import sys

import mpmath as mp
import sympy as sp

mp.mp.dps = 50
ERFCX_K = 3  # erfcx is fitted in t = K/(K + x), which needs the fewest terms (27) for K = 3
MILLS_K = 4  # the Mills ratio is fitted in t = K/(K + z): 16 pieces of degree 8 reach 2e-16 relative for K = 4
MILLS_PIECES = 16
MILLS_DEGREE = 8


def cheb(f, n=120, tol=1e-17, lo=-1, hi=1):
    """Chebyshev coefficients of f on [lo, hi] (in the variable mapped to [-1, 1])."""
    nodes = [mp.cos(mp.pi * (j + mp.mpf(1) / 2) / n) for j in range(n)]
    vals = [f(lo + (hi - lo) * (u + 1) / 2) for u in nodes]
    cs = [2 * mp.fsum(vals[j] * mp.cos(mp.pi * k * (j + mp.mpf(1) / 2) / n) for j in range(n)) / n
          for k in range(n)]
    cs[0] /= 2
    scale = max(abs(c) for c in cs)
    m = len(cs)
    while m > 1 and abs(cs[m - 1]) < tol * scale:
        m -= 1
    return cs[:m]


def erfcx(x):
    return mp.erfc(x) * mp.exp(x * x)


def log_erfcx_over_t(u):
    t = (u + 1) / 2
    x = ERFCX_K / t - ERFCX_K
    return mp.log(erfcx(x) / t)


def mills(z):
    """The Mills ratio Q(z)/phi(z) = sqrt(pi/2) erfcx(z/sqrt 2) of the standard normal."""
    return mp.sqrt(mp.pi / 2) * erfcx(z / mp.sqrt(2))


def mills_over_t(t):
    # M(z)/t with z = K/t - K: smooth on [0, 1], 1/K at t = 0 (M(z) ~ 1/z)
    return 1 / mp.mpf(MILLS_K) if t == 0 else mills(MILLS_K / t - MILLS_K) / t


def mills_pieces():
    """Per piece i of t in [i/P, (i+1)/P]: the monomial coefficients, in v = 2(tP - i) - 1, of the polynomial of
    degree MILLS_DEGREE interpolating M(z)/t at the Chebyshev nodes (near-minimax; Horner in v is stable there)."""
    n = MILLS_DEGREE + 1
    nodes = [mp.cos(mp.pi * (j + mp.mpf(1) / 2) / n) for j in range(n)]
    out = []
    for i in range(MILLS_PIECES):
        vander = mp.matrix([[v ** k for k in range(n)] for v in nodes])
        vals = mp.matrix([mills_over_t((i + (v + 1) / 2) / MILLS_PIECES) for v in nodes])
        c = mp.lu_solve(vander, vals)
        out.extend(c[k] for k in range(n))
    return out


def small(fun):
    return lambda u: fun(4 * (u + 1))           # x in [0, 8]


def large(fun):
    return lambda u: fun(16 / (u + 1))          # x in [8, inf), u = 16/x - 1


def i0e(x):
    return mp.besseli(0, x) * mp.exp(-x)


def i1e(x):
    return mp.besseli(1, x) * mp.exp(-x)


def java_array(name, values):
    body = ",\n            ".join(", ".join(mp.nstr(v, 17, min_fixed=-1, max_fixed=-1) for v in values[i:i + 3])
                                     for i in range(0, len(values), 3))
    return f"    static final double[] {name} = {{\n            {body}\n    }};"


def coefficients():
    # erfcx in four pieces of u (14 terms each instead of 27 on the whole interval: half the work)
    for i in range(4):
        lo, hi = mp.mpf(-1) + i * mp.mpf(1) / 2, mp.mpf(-1) + (i + 1) * mp.mpf(1) / 2
        print(java_array(f"ERFCX_LOG_{i}", cheb(log_erfcx_over_t, lo=lo, hi=hi)))
    tables = {
        "I0E_SMALL": cheb(small(i0e)),
        "I0E_LARGE": cheb(large(lambda x: mp.sqrt(x) * i0e(x))),
        "I1E_OVER_X_SMALL": cheb(small(lambda x: i1e(x) / x if x != 0 else mp.mpf(1) / 2)),
        "I1E_LARGE": cheb(large(lambda x: mp.sqrt(x) * i1e(x))),
    }
    for name, cs in tables.items():
        print(java_array(name, cs))
    print(java_array("MILLS", mills_pieces()))
    z, x = sp.symbols("z x")
    f = sum((-1) ** n * sp.factorial2(2 * n - 1) * z ** n for n in range(14))
    series = {
        "LOG_F": (sp.log(f), z, 11),                       # log(sqrt(pi) u erfcx(u)), z = 1/(2u^2)
        "INV_F": (1 / f - 1, z, 11),                       # 1/(sqrt(pi) u erfcx(u)) - 1
        # even functions of x, listed as polynomials in w = x^2
        "LANGEVIN_OVER_X": ((sp.coth(x) - 1 / x) / x, x, 26),
        "LANGEVIN_DERIVATIVE": (sp.diff(sp.coth(x) - 1 / x, x), x, 26),
        "LOG_SINHC": (sp.log(sp.sinh(x) / x), x, 26),
    }
    for name, (expr, var, order) in series.items():
        coeffs = sp.Poly(sp.series(expr, var, 0, order).removeO(), var).all_coeffs()[::-1]
        if var == x:
            coeffs = coeffs[::2]
        print(java_array(name, [mp.mpf(sp.Rational(c).p) / sp.Rational(c).q for c in coeffs]))


def table(name, rows):
    print(f"    /** Produced by special_reference.py references. */")
    print(f"    static final double[][] {name} = {{")
    for row in rows:
        print("        {" + ", ".join(mp.nstr(mp.mpf(v), 17) for v in row) + "},")
    print("    };")


def exact(x):
    """The double nearest to the decimal x, exactly, so that Java evaluates at the same point."""
    return mp.mpf(float(x))


def ref(name, xs, fun):
    table(name, [(exact(x), fun(exact(x))) for x in xs])


def cdf_difference(a, b):
    return mp.ncdf(-b) - mp.ncdf(-a) if b >= 0 else mp.ncdf(a) - mp.ncdf(b)


def references():
    mp.mp.dps = 80
    xs = ["-26", "-5.5", "-1", "-0.3", "-1e-8", "0", "1e-10", "0.2", "0.5", "0.9", "1.5", "2.5", "4", "6",
          "10", "26", "27", "40", "1e3", "1e6", "1e15"]
    ref("ERFCX", xs, erfcx)
    ref("MILLS", ["0", "1e-12", "0.01", "0.2667", "0.5", "1", "1.7", "3", "5.9", "12", "37.5", "60", "61",
                  "100", "1e3", "1e5", "1e10", "1e15"], mills)
    ref("ERFC", [x for x in xs if mp.mpf(x) < 27], mp.erfc)
    ref("ERF", ["-3", "-0.49", "-1e-9", "1e-300", "0.1", "0.4999", "0.5", "0.7", "2", "5.5"], mp.erf)
    ref("LOG_CDF", ["-1e4", "-200", "-38.5", "-10", "-1", "0", "0.5", "3", "8", "9", "20", "38"],
        lambda x: mp.log1p(-mp.ncdf(-x)) if x > 0 else mp.log(mp.ncdf(x)))
    pairs = [("1", "-1"), ("0.1", "-3"), ("-20", "-21"), ("-20", "-20.001"), ("40", "39.9"), ("1e-12", "-1e-12"),
             ("3e4", "2.9999e4"), ("-5e3", "-1e4"), ("2", "1.9999999"), ("0.05", "0.01"), ("6", "-7"),
             ("7.5", "7.4999999999"), ("-1e-3", "-2e-3"), ("1e3", "999.999999"), ("0.3", "0.1"), ("-0.5", "-5"),
             ("2e5", "1.5e5"), ("-40", "-60"), ("30", "29.5")]
    rows = []
    for a, b in pairs:
        a, b = exact(a), exact(b)
        mass = cdf_difference(a, b)
        d1 = (mp.npdf(a) - mp.npdf(b)) / mass
        d2 = (-a * mp.npdf(a) + b * mp.npdf(b)) / mass - d1 * d1
        rows.append((a, b, mp.log(mass), d1, d2))
    table("CDF_DIFFERENCE", rows)   # a, b, log(Phi(a) - Phi(b)), d/dc log D, d2/dc2 log D
    bx = ["0", "1e-9", "0.3", "1", "2.5", "7.99", "8", "8.01", "15", "50", "700", "1e4", "1e8"]
    ref("I0E", bx, i0e)
    ref("I1E", bx, i1e)
    ref("LOG_I0", bx + ["1e300"], lambda x: mp.log(mp.besseli(0, x)))
    ref("BESSEL_RATIO", bx, lambda x: mp.besseli(1, x) / mp.besseli(0, x))
    ref("BESSEL_RATIO_DERIVATIVE", bx, lambda x: mp.diff(lambda y: mp.besseli(1, y) / mp.besseli(0, y), x))
    lx = ["1e-9", "0.01", "0.3", "0.4999", "0.5", "1", "3", "20", "400"]
    ref("LANGEVIN", lx, lambda x: mp.coth(x) - 1 / x)
    ref("LANGEVIN_DERIVATIVE", lx, lambda x: 1 / x ** 2 - 1 / mp.sinh(x) ** 2)
    ref("LOG_SINHC", lx + ["1e5"], lambda x: mp.log(mp.sinh(x) / x))
    ux = ["-3", "0", "0.5", "5", "19.99", "20", "35", "1e3", "1e8", "1e20"]
    ref("ERFCX_EXCESS", ux, lambda u: 1 / (mp.sqrt(mp.pi) * erfcx(u)) - u)
    ref("ERFCX_EXCESS_DERIVATIVE", ux, lambda u: mp.diff(lambda v: 1 / (mp.sqrt(mp.pi) * erfcx(v)) - v, u))
    table("LOG_ERFCX_RATIO", [(exact(u), exact(v), mp.log(erfcx(exact(u))) - mp.log(erfcx(exact(v))))
                              for u, v in [("0.5", "3"), ("25", "25.001"), ("1e6", "1.0000001e6"), ("19", "21"),
                                           ("1e20", "1.0000000001e20"), ("30", "1e5")]])


if __name__ == "__main__":
    {"coefficients": coefficients, "references": references}[sys.argv[1]]()
