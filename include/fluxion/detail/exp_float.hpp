// fluxion/detail/exp_float.hpp — e^x - 1 in plain double, the shorter kernel
// behind the FLOAT paths of expm1, sinh and tanh.
//
// Law: for -38 < x < 44 (any x in practice: beyond, the callers take the
// double functions' special paths), expm1_float_kernel(x) is within 2^-47
// (relative) of e^x - 1. A float result needs about 2^-30 to be correctly
// rounded almost always, and 2^-25 to be within 1 ulp.
//
//  - |x| < 2^-5: the Taylor series x + x^2/2! + ... + x^7/7! (coefficients
//    1/n!, rounded to double: a relative change of 2^-53 in a term), Horner
//    form; the first omitted term is below 2^-50 |x|.
//  - otherwise exp_double(x) - 1: exp is within 0.5 + 2^-7 ulp, an absolute
//    error below 2^-52 e^x, which against |e^x - 1| >= 2^-5 e^x / 1.04 (for
//    x >= 2^-5; for x <= -2^-5, |e^x - 1| >= 0.03 and e^x < 1) is below
//    2^-47. The subtraction is exact for e^x in [1/2, 2] (Sterbenz) and
//    rounds once elsewhere (2^-53 relative).
#ifndef FLUXION_DETAIL_EXP_FLOAT_HPP
#define FLUXION_DETAIL_EXP_FLOAT_HPP

#include <fluxion/math/exp.hpp>

namespace fluxion::detail {

constexpr double expm1_float_kernel(double x) noexcept {
    if (x > -0x1p-5 && x < 0x1p-5)
        return x + x * x * (0.5 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040))))));
    return exp_double(x) - 1.0;
}

} // namespace fluxion::detail

#endif
