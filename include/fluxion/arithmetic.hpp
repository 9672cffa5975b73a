// fluxion/arithmetic.hpp — the numbers fluxion's math functions accept.
//
// Concept: `arithmetic<T>` holds for the built-in integer and floating-point
// types, the same set the C++ <cmath> overloads accept.
// Law: `floating_t<T>` is the type a function returns for an argument of type
// T: float, double and long double map to themselves, integers to double
// (as std::exp(2) is a double).
//
//     static_assert(fluxion::arithmetic<int>);
//     static_assert(std::same_as<fluxion::floating_t<int>, double>);
//     fluxion::exp(std::string{});   // error: constraints not satisfied: arithmetic<T>
#ifndef FLUXION_ARITHMETIC_HPP
#define FLUXION_ARITHMETIC_HPP

#include <concepts>
#include <type_traits>

namespace fluxion {

template <class T>
concept arithmetic = std::integral<T> || std::floating_point<T>;

// Deliberately unconstrained: the functions that use it in their return type
// are constrained by `arithmetic`, and Clang substitutes the return type
// before it checks that constraint. A constrained alias would make Clang's
// diagnostic for fluxion::exp(std::string{}) name the alias instead of the
// concept that was not met.
template <class T>
using floating_t = std::conditional_t<std::floating_point<T>, T, double>;

/// Result type of a two-argument function (pow, atan2, hypot, fmod): the wider
/// of the two floating types, as in <cmath>.
template <class A, class B>
using floating2_t = std::common_type_t<floating_t<A>, floating_t<B>>;

} // namespace fluxion

#endif
