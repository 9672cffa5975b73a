// fluxion/status.hpp — how a computation ended: fluxion::status.
//
// Every fluxion routine that can fail returns a result carrying a `status`,
// never a silent inf or NaN (design.md, "Behaviour that users rely on"):
//   converged              the result is trustworthy. For a direct method (LU,
//                          solve, inverse, Cholesky) it means "completed".
//   max_iterations         an iterative method ran out of iterations (sweeps).
//   singular               a matrix is singular to working precision (LU's
//                          smallest pivot is below its tolerance), or a zero
//                          derivative / singular Hessian in a solver.
//   non_finite             a NaN or an infinity was met (in the input or on the way).
//   diverged               an iterative method detected divergence.
//   stalled                an iterative method whose stopping rule is the
//                          gradient norm made an update that left every
//                          coordinate unchanged (each step below half an ulp)
//                          while the gradient norm is still above grad_tol:
//                          it can make no more progress, and the rule was NOT met.
//   not_positive_definite  Cholesky met a pivot that is not safely positive.
//   not_symmetric          a routine that needs a symmetric matrix got one that
//                          is not symmetric (see docs/linalg.md for the tolerance).
//   not_bracketed          a bracketing solver got an interval [lo, hi] whose
//                          ends do not give f values of opposite signs.
// The last four are additions to design.md's list: they answer questions only
// linear algebra, bracketing and the gradient-norm rule ask, and saying
// "singular" or "converged" for them would be wrong.
//
//     static_assert(fluxion::solve(A, b).status == fluxion::status::converged);
#ifndef FLUXION_STATUS_HPP
#define FLUXION_STATUS_HPP

#include <string_view>

namespace fluxion {

enum class status {
    converged,
    max_iterations,
    singular,
    non_finite,
    diverged,
    not_positive_definite,
    not_symmetric,
    not_bracketed,
    stalled,
};

/// The enumerator's name, for printing: to_string(status::singular) == "singular".
constexpr std::string_view to_string(status s) noexcept {
    switch (s) {
    case status::converged: return "converged";
    case status::max_iterations: return "max_iterations";
    case status::singular: return "singular";
    case status::non_finite: return "non_finite";
    case status::diverged: return "diverged";
    case status::not_positive_definite: return "not_positive_definite";
    case status::not_symmetric: return "not_symmetric";
    case status::not_bracketed: return "not_bracketed";
    case status::stalled: return "stalled";
    }
    return "unknown status";
}

} // namespace fluxion

#endif
