// fluxion/expr/print.hpp — an expression as text: to_string(f), and std::ostream << f.
//
// to_string(f) returns a fixed_string whose capacity is computed from f's type, so it works in
// constant expressions: static_assert(to_string(d(exp(x) - log(x), x)) == "exp(x) - 1 / x").
// The text uses the usual precedence (sum < product < negation < power) with the fewest
// parentheses that read back as the same tree: a - (b - c) keeps them, (a - b) - c does not.
// Variables are x, y, z, then x3, x4, ...; powers are written x^2 (x^(1 / 2), x^(-1) for
// rational and negative exponents), functions exp(x), atan2(y, x); compile-time constants as
// integers or "N / D"; run-time numbers as the shortest decimal that reads back as the same
// double ("0.8", "2", "1e-08"; see fluxion/detail/shortest_decimal.hpp). docs/printing.md has
// the rules and examples.
//
// Law: the text is never truncated (the capacity is an upper bound of its length), its
// parentheses balance, and equal expression types with equal run-time constants print alike.
//
//     using namespace fluxion;
//     static_assert(to_string(exp(x) - log(x)) == "exp(x) - log(x)");
#ifndef FLUXION_EXPR_PRINT_HPP
#define FLUXION_EXPR_PRINT_HPP

#include <fluxion/detail/expr_printer.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/fixed_string.hpp>

#include <ostream>

namespace fluxion {

/// The expression as text, in a fixed_string (usable in constant expressions).
template <expression E>
constexpr auto to_string(const E& e) {
    return detail::printer::print<false>(e);
}

/// Streams to_string(e).
template <expression E>
std::ostream& operator<<(std::ostream& os, const E& e) {
    return os << to_string(e).view();
}

} // namespace fluxion

#endif
