// fluxion/math.hpp — every constexpr math function, one header each under math/.
//
// fluxion's math functions are usable in constant expressions on GCC and Clang,
// give bit-identical results at compile time and at run time, and are within
// 1 ulp of the correctly rounded result (measured against MPFR: docs/math.md).
//
//     static_assert(fluxion::exp(0.0) == 1.0);
//     constexpr double omega = ...;   // see examples/tour.cpp
#ifndef FLUXION_MATH_HPP
#define FLUXION_MATH_HPP

#include <fluxion/math/abs.hpp>
#include <fluxion/math/acos.hpp>
#include <fluxion/math/asin.hpp>
#include <fluxion/math/atan.hpp>
#include <fluxion/math/atan2.hpp>
#include <fluxion/math/cbrt.hpp>
#include <fluxion/math/classify.hpp>
#include <fluxion/math/cos.hpp>
#include <fluxion/math/cosh.hpp>
#include <fluxion/math/exp.hpp>
#include <fluxion/math/expm1.hpp>
#include <fluxion/math/fmod.hpp>
#include <fluxion/math/hypot.hpp>
#include <fluxion/math/log.hpp>
#include <fluxion/math/log10.hpp>
#include <fluxion/math/log1p.hpp>
#include <fluxion/math/log2.hpp>
#include <fluxion/math/pow.hpp>
#include <fluxion/math/sigmoid.hpp>
#include <fluxion/math/sin.hpp>
#include <fluxion/math/sincos.hpp>
#include <fluxion/math/sinh.hpp>
#include <fluxion/math/sqrt.hpp>
#include <fluxion/math/tan.hpp>
#include <fluxion/math/tanh.hpp>

#endif
