// The examples of docs/api.md: one per public name, each a static_assert on a
// value the library computes, checked against an analytic value. The docs
// show these sections verbatim (tests/docs_snippets.py).
#include <fluxion/fluxion.hpp>

#include <array>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>

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
constexpr auto Fs = [](auto x, auto y) { return vector{x * x + y * y - 4, x - y}; };
static_assert(fluxion::abs(newton_root(Fs, vector{1.0, 2.0}).x[0] - fluxion::sqrt(2.0)) < 3e-16); // newton_root (system): x - J^-1 F
static_assert(newton_root([](auto x) { return fluxion::atan(x); }, bracket{-1.0, 20.0}).x == 0); // bracket: Newton kept inside
static_assert(halley_root([](auto x) { return x * x - 9; }, 1.0).x == 3);    // halley_root: cubic convergence
static_assert(fluxion::abs(convergence_order(r, fluxion::sqrt(2.0)).order - 2) < 0.1); // convergence_order: q
constexpr solver_options modified{.variant = newton_variant::modified};        // newton_variant: plain, modified
static_assert(newton_minimize([](auto x) { return x * x * x * x - 2 * x * x; }, 0.1, modified).x == 1); // to a minimum
static_assert(solver_options{}.divergence_bound == 1e100);                     // divergence_bound: status::diverged
// [solvers]

// [analysis]
constexpr auto saddle = [](auto x, auto y) { return x * x - y * y; };
static_assert(classify(saddle, vector{0.0, 0.0}).kind == stationary_kind::saddle); // classify: by eigenvalues
static_assert(classify(saddle, vector{1.0, 0.0}).kind == stationary_kind::not_stationary); // stationary_kind
static_assert(classify(saddle, vector{0.0, 0.0}).eigenvalues == vector{-2.0, 2.0}); // classification: .eigenvalues
static_assert(classify([](auto x) { return x * x * x * x; }, 0.0).kind == stationary_kind::inconclusive); // 1-D: g''
static_assert(classify([](auto x) { return fluxion::cos(x); }, 0.0).concavity == concavity::down); // concavity
static_assert(to_string(stationary_kind::inconclusive) == std::string_view("inconclusive")); // to_string
static_assert(classify_options{}.gradient_tol == 1e-8);                        // classify_options: tolerances
// [analysis]

// [expressions]
constexpr auto ge = exp(x) - log(x);                                          // x, y, z: var<0>, var<1>, var<2>
static_assert(expression<decltype(ge)> && !expression<double>);               // expression: a tree of nodes
static_assert(std::is_same_v<decltype(z), const var<2>> && var<3>::index == 3); // var<I>: the I-th coordinate
static_assert((x * y)(2.0, 3.0) == 6 && (x * y)(vector{2.0, 3.0}) == 6);      // evaluate: by position or at a point
static_assert(std::is_same_v<decltype(0.5_c), constant<1, 2>> && (1_c / 3_c).den == 3); // _c, constant<N, D>: exact
static_assert(std::is_same_v<decltype(2.0 * x), binary<times_op, literal<double>, var<0>>>); // literal<T>: run-time
static_assert(std::is_same_v<decltype(-sin(x)), unary<negate_op, unary<sin_op, var<0>>>>);  // unary<Op, E>, binary
static_assert((2 * x * x + 3 * y * y - x * y)(1.0, 2.0) == 12);              // + - * /: expressions and numbers
static_assert(sqrt(x)(4.0) == 2 && hypot(x, y)(3.0, 4.0) == 5 && atan2(y, x)(1.0, 1.0) == fluxion::atan(1.0)); // functions
static_assert(pow(x, 2_c)(3.0) == 9 && pow(x, 0.5)(4.0) == 2 && pow(x, y)(2.0, 3.0) == 8); // pow: 3 kinds of exponent
static_assert(sign(x)(-0.0) == -1 && std::is_same_v<decltype(d(abs(x), x)), decltype(sign(x))>); // sign: d(abs(x))
static_assert(std::is_same_v<decltype(d(ge, x)), decltype(exp(x) - 1_c / x)>); // d(f, v): the symbolic derivative
static_assert(std::is_same_v<decltype(sin(x) / sin(x)), constant<1>>);        // simplification, on the types
static_assert(variables(x * z) == boost::hana::make_tuple(boost::hana::size_c<0>, boost::hana::size_c<2>)); // variables
static_assert(arity_v<decltype(x * z)> == 3);                                 // arity_v: 1 + highest index
constexpr auto Fe = system(x * y, x + 3 * y);                                 // system: an expression_system
static_assert(Fe(2.0, 5.0) == vector{10.0, 17.0} && Fe.size == 2);           // evaluates to a vector
static_assert(gradient_expr(x * x * y)(1.0, 2.0) == vector{4.0, 1.0});        // gradient_expr: (2xy, x^2)
static_assert(hessian_expr(x * x * y)(1.0, 2.0)(0, 1) == 2);                  // hessian_expr: d2f/dxdy = 2x
static_assert(jacobian_expr(Fe)(2.0, 5.0)(0, 0) == 5 && jacobian_expr(Fe)(2.0, 5.0)(1, 1) == 3); // jacobian_expr
static_assert(derivative(ge, 0.5) == d(ge, x)(0.5));                          // expressions are callables too
// [expressions]

// [printing]
static_assert(to_string(d(ge, x)) == "exp(x) - 1 / x");                       // to_string: text, at compile time
static_assert(to_string(0.8 * pow(x, 2_c)) == "0.8 * x^2");                   // shortest decimals, fewest parentheses
static_assert(to_latex(ge) == "e^{x} - \\ln x");                              // to_latex: LaTeX math
static_assert(fixed_string<8>{"exp"}.append("(x)") == "exp(x)" && fixed_string{"abc"}.capacity() == 3); // fixed_string<N>
static_assert(!to_string(ge).truncated() && to_string(ge).view().size() == 15); // .view(), never truncated
static_assert(std::is_same_v<decltype(std::declval<std::ostream&>() << ge), std::ostream&>); // operator<<: streams it
// [printing]

// [nn]
using xor_net = nn::network<2, 2, 1>;                                         // network<n0, ..., nL>: sigmoid layers
static_assert(xor_net::depth == 2 && xor_net::width<1> == 2 && xor_net::inputs == 2 && xor_net::outputs == 1);
static_assert(xor_net::parameter_count == 9);                                 // 2 * (2 + 1) + 1 * (2 + 1)
using tanh_net = nn::basic_network<float, nn::tanh_activation, nn::sigmoid_activation, 2, 2, 1>; // basic_network
static_assert(std::is_same_v<tanh_net::activation<1>, nn::tanh_activation> && std::is_same_v<tanh_net::value_type, float>);
static_assert(std::is_same_v<xor_net::rebind<float>::value_type, float>);    // rebind<U>: the same network over U
static_assert(nn::neural_network<tanh_net> && !nn::neural_network<int> && nn::is_network_v<xor_net>); // neural_network
static_assert(nn::layer<double, 2, 3>{}.w(1, 2) == 0 && nn::layer<double, 2, 3>{}.b.size() == 2); // layer: w, b
constexpr auto net21 = [] { nn::network<2, 1> n; n.w<1>() = {{{1.0, 2.0}}}; n.b<1>() = vector{3.0}; return n; }();
static_assert(nn::to_parameters(net21) == vector{1.0, 2.0, 3.0});             // to_parameters: w row by row, then b
static_assert(nn::from_parameters<nn::network<2, 1>>(vector{1.0, 2.0, 3.0}).w<1>()(0, 1) == 2); // from_parameters
constexpr nn::network<1, 1> zero;                                             // all weights and biases 0
constexpr auto fw = nn::forward(zero, vector{2.0});                          // forward: z[l] = w a[l-1] + b, a = g(z)
static_assert(fw.a<0>()[0] == 2 && fw.z<1>()[0] == 0 && fw.output()[0] == 0.5); // forward_result: a<l>, z<l>, output
constexpr auto bw = nn::backward(zero, fw, vector{1.0});                     // backward: log-loss by default
static_assert(bw.factors<1>().dL_da[0] == -2 && bw.factors<1>().da_dz[0] == 0.25); // layer_factors: -y/a, a (1 - a)
static_assert(bw.factors<1>().delta[0] == -0.5 && bw.dw<1>()(0, 0) == -1 && bw.db<1>()[0] == -0.5); // dL/dw = delta a^T
static_assert(bw.finite && fluxion::abs(bw.loss - 0.6931471805599453) < 1e-16); // backward_result: loss = ln 2
static_assert(nn::loss(zero, vector{2.0}, vector{1.0}, nn::squared_error{}) == 0.125); // loss: one sample
static_assert(nn::sigmoid_activation::value(0.0) == 0.5 && nn::sigmoid_activation::derivative(0.0, 0.5) == 0.25);
static_assert(nn::tanh_activation::derivative(0.0, 0.0) == 1 && nn::relu_activation::derivative(0.0, 0.0) == 0); // g'(0)
static_assert(nn::log_loss::derivative(vector{0.5}, vector{0.0})[0] == 2);   // log_loss: (1 - y) / (1 - a) - y / a
static_assert(nn::squared_error::value(vector{0.75}, vector{1.0}) == 0.03125); // squared_error: (a - y)^2 / 2
constexpr std::array one_sample{nn::sample_for<nn::network<1, 1>>{{1.0}, {1.0}}}; // sample_for<Net>: {x, y}
static_assert(std::is_same_v<nn::sample_for<nn::network<1, 1>>, nn::sample<double, 1, 1>>); // sample<T, In, Out>
static_assert(nn::training_options{}.epochs == 1000 && nn::training_options{}.learning_rate == 0.5); // training_options
constexpr auto step1 = nn::train(zero, one_sample, {.epochs = 1, .learning_rate = 1}); // train: full-batch descent
static_assert(step1.status == status::max_iterations && step1.epochs == 1);  // training_result: .status, .epochs
static_assert(step1.net.w<1>()(0, 0) == 0.5 && step1.net.b<1>()[0] == 0.5);  // .net: 0 - 1 * (-0.5)
static_assert(step1.losses.size() == 2 && step1.losses[1] == step1.loss);     // .losses: the loss curve
static_assert(fluxion::abs(nn::mean_loss(zero, one_sample) - 0.6931471805599453) < 1e-16); // mean_loss over the data
// [nn]

} // namespace

int main() {}
