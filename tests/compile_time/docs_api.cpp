// The examples of docs/api.md: one per public name, each a static_assert on a
// value the library computes, checked against an analytic value. The docs
// show these sections verbatim (tests/docs_snippets.py).
#include <fluxion/fluxion.hpp>

#include <array>
#include <string_view>
#include <type_traits>

namespace {
using namespace fluxion;

// [numbers]
static_assert(arithmetic<int> && arithmetic<float> && !arithmetic<bool*>);  // arithmetic: integral or floating
static_assert(std::is_same_v<floating_t<int>, double>);                      // floating_t: integers compute in double
static_assert(std::is_same_v<floating2_t<float, double>, double>);           // floating2_t: the common floating type
static_assert(status::converged != status::singular);                        // status: how a computation ended
static_assert(to_string(status::non_finite) == std::string_view("non_finite")); // to_string: its name
// [numbers]

// [math]
static_assert(fluxion::abs(-2.5) == 2.5);                                     // abs
static_assert(fluxion::exp(0.0) == 1 && fluxion::expm1(0.0) == 0);            // exp, expm1 = e^x - 1
static_assert(fluxion::log(1.0) == 0 && fluxion::log1p(0.0) == 0);            // log, log1p = log(1 + x)
static_assert(fluxion::log2(8.0) == 3 && fluxion::log10(1000.0) == 3);        // log2, log10
static_assert(fluxion::sqrt(2.0) * fluxion::sqrt(2.0) - 2 < 5e-16);           // sqrt (correctly rounded)
static_assert(fluxion::cbrt(27.0) == 3 && fluxion::hypot(3.0, 4.0) == 5);     // cbrt, hypot
static_assert(fluxion::pow(2.0, 10) == 1024 && fluxion::pow(4.0, 0.5) == 2);  // pow: integer or real exponent
static_assert(fluxion::sin(0.0) == 0 && fluxion::cos(0.0) == 1 && fluxion::tan(0.0) == 0); // sin, cos, tan
static_assert(fluxion::sincos(0.0).sin == 0 && fluxion::sincos(0.0).cos == 1);  // sincos: both at once
static_assert(fluxion::asin(1.0) == 2 * fluxion::atan(1.0));                  // asin, atan (pi/2 = 2 atan 1)
static_assert(fluxion::acos(1.0) == 0 && fluxion::atan2(1.0, 1.0) == fluxion::atan(1.0)); // acos, atan2
static_assert(fluxion::sinh(0.0) == 0 && fluxion::cosh(0.0) == 1 && fluxion::tanh(0.0) == 0); // sinh, cosh, tanh
static_assert(fluxion::fmod(7.5, 2.0) == 1.5);                                // fmod: exact remainder
static_assert(fluxion::sigmoid(0.0) == 0.5 && fluxion::sigmoid(40.0) == 1);   // sigmoid: 1 / (1 + e^-x)
static_assert(!fluxion::isnan(1.0) && !fluxion::isinf(1.0) && fluxion::isfinite(1.0)); // isnan, isinf, isfinite
static_assert(fluxion::signbit(-0.0) && fluxion::copysign(2.0, -1.0) == -2);  // signbit, copysign
// [math]

// [ad]
constexpr dual<double> t{3.0, 1.0};                                           // dual: value + derivative eps
static_assert((t * t).value == 9 && (t * t).derivative() == 6);               // (x^2)' = 2x at 3
constexpr dual<double, 2> u{1.0, {1.0, 0.0}};                                 // dual<T, N>: N directions
static_assert((u * u).d[0] == 2 && (u * u).d[1] == 0);
constexpr hyper_dual<double> h{3.0, 1.0, 1.0, 0.0};                           // hyper_dual: eps1 eps2 part = f''
static_assert((h * h * h).d12 == 18);                                         // (x^3)'' = 6x at 3
static_assert(exp_op::jet(0.0).df == 1 && std::string_view(exp_op::name) == "exp"); // exp_op: a rule, (f, f', f'')
static_assert(jet<double>{1, 2, 3}.d2f == 3 && jet2<double>{}.fxy == 0);      // jet, jet2: values and derivatives
static_assert(chain(t, log_op::jet(3.0)).derivative() == 1.0 / 3);            // chain: apply a rule to a dual
static_assert(ad_number<dual<double>> && !ad_number<double>);                 // ad_number: dual or hyper_dual
static_assert(fluxion::exp(dual<double>{0.0, 1.0}).derivative() == 1);        // math functions take duals
// [ad]

// [derivatives]
constexpr auto g = [](auto x) { return x * x * x; };
static_assert(derivative(g, 2.0) == 12);                                      // derivative: f'(x), one dual evaluation
static_assert(second_derivative(g, 2.0) == 12);                               // second_derivative: f''(x), hyper-dual
static_assert(derivative<3>(g, 2.0) == 6);                                    // derivative<K>: K-th, nested duals
static_assert(differentiable<decltype(g), dual<double>>);                     // differentiable: takes duals
constexpr auto f = [](auto x, auto y) { return x * x * y; };
static_assert(gradient(f, vector{1.0, 2.0}) == vector{4.0, 1.0});             // gradient: (2xy, x^2)
static_assert(hessian(f, std::array{1.0, 2.0})(0, 1) == 2);                   // hessian: H(i, j); d2f/dxdy = 2x
constexpr auto F = [](auto x, auto y) { return vector{x * y, x + y}; };
static_assert(jacobian(F, vector{2.0, 3.0})(0, 0) == 3);                      // jacobian: J(j, k) = dF_j/dx_k
static_assert(point<std::array<double, 2>> && point<vector<float, 3>>);      // point: array or vector
static_assert(point_size<vector<double, 3>> == 3 && std::is_same_v<point_value_t<std::array<int, 2>>, double>);
static_assert(std::is_same_v<point_of<std::array<double, 2>, float>, std::array<float, 2>>); // point_of: rebind
static_assert(differentiable_at<decltype(f), vector<double, 2>, dual<double, 2>>);           // differentiable_at
static_assert(vector_function_at<decltype(F), vector<double, 2>, dual<double, 2>>);          // vector_function_at
// [derivatives]

// [linalg]
constexpr vector v{3.0, 4.0};                                                 // vector<T, N>: v[i]
static_assert(dot(v, v) == 25 && norm(v) == 5);                               // dot, norm (overflow-safe)
static_assert(to_vector(std::array{1.0, 2.0}) == vector{1.0, 2.0} && v.to_array()[1] == 4); // to_vector, to_array
constexpr matrix<double, 2, 2> A{{{4, -1}, {-1, 6}}};                         // matrix<T, R, C>: A(i, j)
static_assert((A * vector{1.0, 1.0}) == vector{3.0, 5.0} && A.row(0) == vector{4.0, -1.0}); // A * v, row, col
static_assert(transpose(A) == A && matrix<double, 2, 2>::identity()(1, 1) == 1);            // transpose, identity
static_assert(outer(vector{1.0, 2.0}, vector{3.0, 4.0})(1, 0) == 6);          // outer: u v^T
static_assert(lu(A).U(1, 1) == 5.75 && !lu(A).singular);                       // lu: P A = L U
static_assert(solve(A, vector{3.0, 5.0}).x == vector{1.0, 1.0});              // solve: A x = b, by LU
static_assert(determinant(A) == 23);                                          // determinant
static_assert(inverse(A).status == status::converged && inverse(A).x(0, 0) * 23 == 6); // inverse (prefer solve)
static_assert(cholesky(A).L(0, 0) == 2 && is_positive_definite(A));           // cholesky: A = L L^T
static_assert(is_symmetric(A));                                               // is_symmetric
static_assert(eigenvalues(matrix<double, 2, 2>{{{2, 0}, {0, -1}}}).values == vector{-1.0, 2.0}); // eigenvalues, ascending
static_assert(eigensystem(matrix<double, 2, 2>{{{2, 0}, {0, -1}}}).vectors(1, 0) == 1);        // eigensystem: + vectors
// [linalg]

// [solvers]
constexpr auto r = newton_root([](auto x) { return x * x - 2; }, 1.0);       // newton_root: x - f/f'
static_assert(r.status == status::converged && fluxion::abs(r.x - fluxion::sqrt(2.0)) < 3e-16); // 1 ulp
constexpr auto m = newton_minimize([](auto x) { return (x - 1) * (x - 1); }, 5.0); // newton_minimize (1-D): x - g'/g''
static_assert(m.x == 1 && m.iterations == 2 && m.trace[1] == 1);              // solver_result: .x .iterations .trace
constexpr auto bowl = [](auto x, auto y) { return (x - 1) * (x - 1) + 2 * y * y; };
static_assert(newton_minimize(bowl, vector{0.0, 1.0}).x == vector{1.0, 0.0}); // newton_minimize (n-D): x - H^-1 grad
constexpr solver_options slow{.max_iterations = 500, .learning_rate = 0.1, .rel_tol = 1e-10}; // solver_options
static_assert(fluxion::abs(gradient_descent(bowl, vector{0.0, 1.0}, slow).x[0] - 1) < 1e-8); // gradient_descent
static_assert(solver_options{.stop = stop_rule::gradient_norm}.grad_tol == 1e-12); // stop_rule: step, absolute_step, gradient_norm
static_assert(default_trace_capacity == 64 && newton_root<8>([](auto x) { return x - 1; }, 0.0).trace.capacity() == 8); // iterate_trace
// [solvers]

} // namespace

int main() {}
