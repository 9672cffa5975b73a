// fluxion/linalg.hpp — small fixed-size constexpr linear algebra, one header each under linalg/.
//
// vector<T, N> and matrix<T, R, C> (structural aggregates, v[i] and A(i, j)),
// and the algorithms, all constexpr with bounded loops and a status on every
// result that can fail: lu (partial pivoting), solve, determinant, inverse,
// cholesky / is_positive_definite, is_symmetric, and eigenvalues / eigensystem
// of a symmetric matrix (cyclic Jacobi). See docs/linalg.md.
//
//     constexpr fluxion::matrix<double, 2, 2> H{{{4, -1}, {-1, 6}}};
//     static_assert(fluxion::determinant(H) == 23);
#ifndef FLUXION_LINALG_HPP
#define FLUXION_LINALG_HPP

#include <fluxion/linalg/cholesky.hpp>
#include <fluxion/linalg/determinant.hpp>
#include <fluxion/linalg/eigenvalues.hpp>
#include <fluxion/linalg/inverse.hpp>
#include <fluxion/linalg/lu.hpp>
#include <fluxion/linalg/matrix.hpp>
#include <fluxion/linalg/solve.hpp>
#include <fluxion/status.hpp>
#include <fluxion/linalg/symmetric.hpp>
#include <fluxion/linalg/vector.hpp>

#endif
