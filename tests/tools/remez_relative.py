"""Remez exchange for the odd-function kernels of fluxion's generator scripts.

f(u) ~ u + u^3 P(u^2): with z = u^2, P minimizes the maximum RELATIVE error of f
on [0, B] when it is the weighted minimax approximation of
g(z) = (f(u) - u) / u^3 with weight u^3 / f(u). Used by gen_tan_polynomial.py
and gen_asin_float_polynomial.py (needs mpmath; Debian: python3-mpmath).
"""
import mpmath as mp


class OddKernel:
    """f: the function (an mpmath callable of u); B: the end of the z range."""

    def __init__(self, f, B):
        self.f = f
        self.B = B

    def g(self, z):
        u = mp.sqrt(z)
        return (self.f(u) - u) / u ** 3

    def weight(self, z):
        u = mp.sqrt(z)
        return u ** 3 / self.f(u)

    def relative_error(self, c, z):
        """(u + u^3 P(z) - f(u)) / f(u)."""
        return (mp.polyval(c[::-1], z) - self.g(z)) * self.weight(z)

    def local_extrema(self, c, grid):
        errors = [self.relative_error(c, z) for z in grid]
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

    def remez(self, n, iterations=20):
        # n coefficients and the levelled error E: n + 1 reference points in (0, B]
        # (the error is 0 at z = 0 by construction).
        B = self.B
        points = [B * (1 - mp.cos(mp.pi * (i + 1) / (n + 1))) / 2 for i in range(n + 1)]
        grid = [B * mp.mpf(k) / 4000 for k in range(1, 4001)]
        for _ in range(iterations):
            A = mp.matrix(n + 1, n + 1)
            rhs = mp.matrix(n + 1, 1)
            for i, z in enumerate(points):
                for j in range(n):
                    A[i, j] = z ** j * self.weight(z)
                A[i, n] = (-1) ** i
                rhs[i] = self.g(z) * self.weight(z)
            solution = mp.lu_solve(A, rhs)
            c = [solution[j] for j in range(n)]
            extrema = self.local_extrema(c, grid)
            while len(extrema) > n + 1:  # drop the smaller end
                extrema.pop(0 if abs(extrema[0][1]) < abs(extrema[-1][1]) else -1)
            if len(extrema) < n + 1:
                break
            points = [z for z, _ in extrema]
        return c

    def max_error(self, c):
        return max(abs(self.relative_error(c, self.B * mp.mpf(k) / 20000)) for k in range(1, 20001))

    def errors_log2(self, c):
        """log2 of the maximum relative error with the exact and the double-rounded coefficients."""
        doubles = [float(x) for x in c]
        return (float(mp.log(self.max_error(c), 2)),
                float(mp.log(self.max_error([mp.mpf(d) for d in doubles]), 2)), doubles)
