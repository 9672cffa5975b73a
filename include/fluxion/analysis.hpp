// fluxion/analysis.hpp — analysis of a function at a point, in one include.
//
//   classify(f, point, options)   minimum / maximum / saddle / inconclusive /
//                                 not_stationary, from the gradient and the
//                                 Hessian's eigenvalues (n-D)
//   classify(g, x, options)       1-D: concave up / down / inconclusive from g''
//
//     constexpr auto f = [](auto x, auto y) { return 2 * x * x + 3 * y * y - x * y; };
//     static_assert(fluxion::classify(f, std::array{0.0, 0.0}).kind == fluxion::stationary_kind::minimum);
#ifndef FLUXION_ANALYSIS_HPP
#define FLUXION_ANALYSIS_HPP

#include <fluxion/analysis/classify.hpp>

#endif
