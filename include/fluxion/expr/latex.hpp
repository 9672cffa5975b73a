// fluxion/expr/latex.hpp — an expression as LaTeX: to_latex(f).
//
// Textbook notation: e^{x}, \ln x, \frac{1}{x}, \sqrt{u}, \sqrt[3]{u}, \left|u\right|, x^{2},
// \sin x for a one-symbol argument and \sin\left(x + 1\right) otherwise, \sin^{2} x for a positive
// integer power of \sin, \cos, \tan, \ln, ...; products with \cdot; variables x, y, z, x_{3}, ...;
// run-time numbers 0.8, 1.5 \cdot 10^{-8}; grouping with \left( \right). Parentheses follow
// the rules of to_string (fluxion/expr/print.hpp), except that a \frac{}{} needs none around its
// parts. Returns a fixed_string, so it works in constant expressions.
//
// Law: as for to_string: never truncated, balanced \left( \right) and braces.
//
//     using namespace fluxion;
//     static_assert(to_latex(exp(x) - log(x)) == "e^{x} - \\ln x");
#ifndef FLUXION_EXPR_LATEX_HPP
#define FLUXION_EXPR_LATEX_HPP

#include <fluxion/detail/expr_printer.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/fixed_string.hpp>

namespace fluxion {

/// The expression as LaTeX math (without the surrounding $ $), in a fixed_string.
template <expression E>
constexpr auto to_latex(const E& e) {
    return detail::printer::print<true>(e);
}

} // namespace fluxion

#endif
