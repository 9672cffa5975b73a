"""The Remez exchange algorithm for fluxion's polynomial generators
(gen_tan_polynomial.py, gen_sincos_float_polynomial.py,
gen_asin_float_polynomial.py); needs mpmath.

remez(g, weight, B, n) returns the n coefficients c of P minimizing
max |(P(z) - g(z)) weight(z)| on (0, B] (the weighted minimax approximation),
starting from Chebyshev points and exchanging the reference with the local
extrema of the error on a grid of 4000 points. Set mp.mp.prec before calling.
"""
import mpmath as mp


def weighted_error(g, weight, c, z):
    return (mp.polyval(c[::-1], z) - g(z)) * weight(z)


def local_extrema(g, weight, c, grid):
    errors = [weighted_error(g, weight, c, z) for z in grid]
    extrema = []
    for i, e in enumerate(errors):
        left = abs(errors[i - 1]) if i > 0 else 0
        right = abs(errors[i + 1]) if i + 1 < len(errors) else 0
        if abs(e) >= left and abs(e) >= right:
            if extrema and mp.sign(extrema[-1][1]) == mp.sign(e):
                if abs(e) > abs(extrema[-1][1]):
                    extrema[-1] = (grid[i], e)
            else:
                extrema.append((grid[i], e))
    return extrema


def remez(g, weight, B, n, iterations=20):
    # n coefficients and the levelled error E: n + 1 reference points in (0, B]
    # (the error is 0 at z = 0 by construction).
    points = [B * (1 - mp.cos(mp.pi * (i + 1) / (n + 1))) / 2 for i in range(n + 1)]
    grid = [B * mp.mpf(k) / 4000 for k in range(1, 4001)]
    for _ in range(iterations):
        A = mp.matrix(n + 1, n + 1)
        rhs = mp.matrix(n + 1, 1)
        for i, z in enumerate(points):
            for j in range(n):
                A[i, j] = z ** j * weight(z)
            A[i, n] = (-1) ** i
            rhs[i] = g(z) * weight(z)
        solution = mp.lu_solve(A, rhs)
        c = [solution[j] for j in range(n)]
        extrema = local_extrema(g, weight, c, grid)
        while len(extrema) > n + 1:  # drop the smaller end
            extrema.pop(0 if abs(extrema[0][1]) < abs(extrema[-1][1]) else -1)
        if len(extrema) < n + 1:
            break
        points = [z for z, _ in extrema]
    return c


def max_error(g, weight, c, B):
    """max |weighted error| on 20000 points of (0, B]."""
    return max(abs(weighted_error(g, weight, c, B * mp.mpf(k) / 20000)) for k in range(1, 20001))


def minimax(g, weight, B, n):
    """The coefficients rounded to double, with log2 of the max error before and after rounding."""
    c = remez(g, weight, B, n)
    doubles = [float(x) for x in c]
    exact = float(mp.log(max_error(g, weight, c, B), 2))
    rounded = float(mp.log(max_error(g, weight, [mp.mpf(d) for d in doubles], B), 2))
    return doubles, exact, rounded
