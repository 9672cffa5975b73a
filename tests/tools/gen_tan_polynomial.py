#!/usr/bin/env python3
"""Prints the minimax polynomial of fluxion's tan kernel (include/fluxion/detail/tan_kernel.hpp).

    python3 tests/tools/gen_tan_polynomial.py        # needs mpmath (Debian: python3-mpmath)

Not part of the build: run it by hand when the polynomial has to be regenerated,
and paste its output into the header.

tan(u) ~ u + u^3 (T0 + T1 z + ... + T8 z^8), z = u^2, for |u| <= pi/8 (with a
margin of 2^-20: the reductions can return |u| a few ulps above pi/8). The nine
coefficients minimize the maximum RELATIVE error of tan, i.e. they are the
weighted minimax approximation of g(z) = (tan(sqrt z) - sqrt z) / sqrt(z)^3 with
weight z sqrt(z) / tan(sqrt z) on [0, (pi/8)^2], computed by the Remez exchange
algorithm at 300 bits (mpmath), then rounded to double. The script prints the
error before and after rounding; eight coefficients would give only 2^-52.8.
"""
import mpmath as mp

mp.mp.prec = 300
TERMS = 9
B = (mp.pi / 8 * (1 + mp.mpf(2) ** -20)) ** 2  # z range [0, B]


def g(z):
    u = mp.sqrt(z)
    return (mp.tan(u) - u) / u ** 3


def weight(z):
    u = mp.sqrt(z)
    return u ** 3 / mp.tan(u)


def relative_error(c, z):
    """(u + u^3 P(z) - tan u) / tan u."""
    return (mp.polyval(c[::-1], z) - g(z)) * weight(z)


def local_extrema(c, grid):
    errors = [relative_error(c, z) for z in grid]
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


def remez(n, iterations=20):
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
        extrema = local_extrema(c, grid)
        while len(extrema) > n + 1:  # drop the smaller end
            extrema.pop(0 if abs(extrema[0][1]) < abs(extrema[-1][1]) else -1)
        if len(extrema) < n + 1:
            break
        points = [z for z, _ in extrema]
    return c


def max_error(c):
    return max(abs(relative_error(c, B * mp.mpf(k) / 20000)) for k in range(1, 20001))


def main():
    c = remez(TERMS)
    doubles = [float(x) for x in c]
    print(f'// |tan(u) - (u + u^3 P(u^2))| / |tan(u)| on |u| <= pi/8: 2^{float(mp.log(max_error(c), 2)):.2f} (exact '
          f'coefficients), 2^{float(mp.log(max_error([mp.mpf(d) for d in doubles]), 2)):.2f} (rounded to double)')
    for i, d in enumerate(doubles):
        print(f'static constexpr double T{i} = {d.hex()}; // {d!r}')


if __name__ == '__main__':
    main()
