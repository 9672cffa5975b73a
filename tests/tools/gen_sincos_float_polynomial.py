#!/usr/bin/env python3
"""Prints the minimax polynomials of fluxion's FLOAT sin and cos kernels
(include/fluxion/detail/trig_float.hpp).

    python3 tests/tools/gen_sincos_float_polynomial.py [TERMS]   # 6 by default; needs mpmath (python3-mpmath)

Not part of the build: run it by hand when the polynomials have to be
regenerated, and paste its output into the header.

Both kernels have the same shape, so one evaluation serves either (the float
path picks the coefficients by quadrant instead of branching):
    sin(u) ~ u + u z (S0 + S1 z + ... ),  cos(u) ~ 1 + z (C0 + C1 z + ...),  z = u^2,
for |u| <= pi/4 (with a margin of 2^-20: the reductions can return |u| a few
ulps above pi/4). The coefficients minimize the maximum RELATIVE error of sin
and of cos: weighted minimax approximations of g(z) = (sin(u) - u) / (u z),
weight u z / sin(u), and of g(z) = (cos(u) - 1) / z, weight z / cos(u), on
[0, (pi/4)^2], by the Remez exchange algorithm at 300 bits (mpmath), then
rounded to double. The script prints the error before and after rounding.
"""
import sys

import mpmath as mp

from remez import minimax

mp.mp.prec = 300
TERMS = int(sys.argv[1]) if len(sys.argv) > 1 else 6  # 5 gives 2^-47.5 and 2^-43.6, 4 gives 2^-37.5 and 2^-33.9
B = (mp.pi / 4 * (1 + mp.mpf(2) ** -20)) ** 2  # z range [0, B]

KERNELS = {
    'S': (lambda z: (mp.sin(mp.sqrt(z)) - mp.sqrt(z)) / (mp.sqrt(z) * z), lambda z: mp.sqrt(z) * z / mp.sin(mp.sqrt(z))),
    'C': (lambda z: (mp.cos(mp.sqrt(z)) - 1) / z, lambda z: z / mp.cos(mp.sqrt(z))),
}


def main():
    for kernel, name in (('S', 'sin(u) - (u + u z P(z))'), ('C', 'cos(u) - (1 + z P(z))')):
        g, weight = KERNELS[kernel]
        doubles, exact, rounded = minimax(g, weight, B, TERMS)
        print(f'// |{name}| / |{name.split(" - ")[0]}| on |u| <= pi/4: 2^{exact:.2f} (exact coefficients), '
              f'2^{rounded:.2f} (rounded to double)')
        for i, d in enumerate(doubles):
            print(f'{kernel}{i} = {d.hex()}, // {d!r}')


if __name__ == '__main__':
    main()
