#!/usr/bin/env python3
"""Prints the minimax polynomial of fluxion's float asin/acos path (include/fluxion/detail/asin_float.hpp).

    python3 tests/tools/gen_asin_float_polynomial.py [TERMS]   # needs mpmath (Debian: python3-mpmath)

Not part of the build: run it by hand when the polynomial has to be regenerated,
and paste its output into the header.

asin(s) ~ s + s^3 (A0 + A1 z + ... + A{n-1} z^(n-1)), z = s^2, for 0 <= s <= 1/2
(z <= 1/4, with a margin of 2^-20 for the rounding of x * x). The coefficients
minimize the maximum RELATIVE error of asin, i.e. they are the weighted minimax
approximation of g(z) = (asin(sqrt z) - sqrt z) / sqrt(z)^3 with weight
z sqrt(z) / asin(sqrt z) on [0, 1/4], computed by the Remez exchange algorithm
at 300 bits (mpmath), then rounded to double. The script prints the error
before and after rounding. TERMS defaults to 7 (2^-35.85), fluxion's choice:
each term gains about 4 bits; 6 terms (2^-31.76) would send about 1.5 % of
the arguments to the double algorithm through the rounding test, 8 terms
(2^-39.90) would cost a multiplication and an addition more on every call for
a fallback rate already near 0.2 %.
"""
import sys

import mpmath as mp

from remez import minimax

mp.mp.prec = 300
TERMS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
B = mp.mpf(1) / 4 * (1 + mp.mpf(2) ** -20)  # z range [0, B]


def g(z):
    s = mp.sqrt(z)
    return (mp.asin(s) - s) / s ** 3


def weight(z):
    s = mp.sqrt(z)
    return s ** 3 / mp.asin(s)


def main():
    doubles, exact, rounded = minimax(g, weight, B, TERMS)
    print(f'// |asin(s) - (s + s^3 P(s^2))| / asin(s) on 0 <= s <= 1/2: 2^{exact:.2f} (exact '
          f'coefficients), 2^{rounded:.2f} (rounded to double)')
    for i, d in enumerate(doubles):
        print(f'inline constexpr double A{i} = {d.hex()}; // {d!r}')


if __name__ == '__main__':
    main()
