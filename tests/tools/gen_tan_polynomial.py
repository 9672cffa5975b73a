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

from remez_relative import OddKernel

mp.mp.prec = 300
TERMS = 9
B = (mp.pi / 8 * (1 + mp.mpf(2) ** -20)) ** 2  # z range [0, B]


def main():
    kernel = OddKernel(mp.tan, B)
    exact, rounded, doubles = kernel.errors_log2(kernel.remez(TERMS))
    print(f'// |tan(u) - (u + u^3 P(u^2))| / |tan(u)| on |u| <= pi/8: 2^{exact:.2f} (exact '
          f'coefficients), 2^{rounded:.2f} (rounded to double)')
    for i, d in enumerate(doubles):
        print(f'static constexpr double T{i} = {d.hex()}; // {d!r}')


if __name__ == '__main__':
    main()
