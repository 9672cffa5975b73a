#!/usr/bin/env python3
"""Generator of tanh's coefficients on |x| < 1 (include/fluxion/math/tanh.hpp,
tanh_lambert): the convergent of Lambert's continued fraction

    tanh a = a / (1 + z / (3 + z / (5 + z / (7 + ...)))),   z = a^2,

cut after the partial denominator 2n + 1 = 19, as a N(z) / D(z) with integer
coefficients (the recurrences A_k = (2k + 1) A_(k-1) + z A_(k-2) for D and the
same for N), the split constants (head with few significant bits, tail the
rest rounded to double) and the truncation error on (0, 1], measured with
mpmath at 100 digits on 2000 points. Needs mpmath (Debian: python3-mpmath). Not
part of the build: run it by hand to check or regenerate the constants.

    python3 tests/tools/gen_tanh_lambert.py
"""
import math
from fractions import Fraction

import mpmath as mp

LAST = 9  # partial denominators 1, 3, ..., 2 * LAST + 1 = 19


def convergent(last):
    """N and D (integer coefficients, lowest degree first): tanh a ~ a N(z) / D(z)."""
    def step(p, q, b):  # b p + z q
        n = max(len(p), len(q) + 1)
        p = p + [0] * (n - len(p))
        zq = [0] + q + [0] * (n - len(q) - 1)
        return [b * x + y for x, y in zip(p, zq)]
    d_prev, d = [1], [1]
    n_prev, n = [0], [1]
    for k in range(1, last + 1):
        d_prev, d = d, step(d, d_prev, 2 * k + 1)
        n_prev, n = n, step(n, n_prev, 2 * k + 1)
    while n and n[-1] == 0:
        n.pop()
    return n, d


def head(c, bits):
    """c rounded to `bits` significant bits."""
    m, e = math.frexp(float(c))
    return math.ldexp(round(m * 2**bits), e - bits)


def main():
    n, d = convergent(LAST)
    print('N:', n)
    print('D:', d)
    scale = n[0]
    # head bits: n1 ah^3 (31 bits), n2 ah^5 (51), d1 ah^2 (21, and 1 + d1_hi ah^2
    # must stay within 53 bits: 27), d2 ah^4 (41).
    for name, c, bits in (('n1', Fraction(n[1], scale), 22), ('n2', Fraction(n[2], scale), 1),
                          ('d1', Fraction(d[1], scale), 27), ('d2', Fraction(d[2], scale), 12)):
        hi = head(c, bits)
        lo = float(c - Fraction(hi))
        print(f'lambert_{name}_hi = {hi.hex()}  lambert_{name}_lo = {lo.hex()}')
    mp.mp.dps = 100
    worst = max(abs(a * mp.polyval(n[::-1], a * a) / mp.polyval(d[::-1], a * a) / mp.tanh(a) - 1)
                for a in (mp.mpf(i) / 2000 for i in range(1, 2001)))
    print(f'truncation error on (0, 1]: 2^{float(mp.log(worst, 2)):.2f} (relative)')


if __name__ == '__main__':
    main()
