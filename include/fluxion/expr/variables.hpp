// fluxion/expr/variables.hpp — variables(f) and arity_v<F>: what an expression depends on.
//
// variables(f) is the sorted hana::tuple of hana::size_t<I>, one per variable
// var<I> that f uses, computed by the compiler with Boost.Hana sets (a union
// over the tree). arity_v<F> = 1 + the highest index (0 for a constant): the
// number of coordinates f is evaluated with, hence the size of its gradient.
// Laws: variables(d(f, v)) is a subset of variables(f); arity_v<decltype(y)> == 2.
//
//     using namespace fluxion;
//     static_assert(variables(x * z) == boost::hana::make_tuple(boost::hana::size_c<0>, boost::hana::size_c<2>));
#ifndef FLUXION_EXPR_VARIABLES_HPP
#define FLUXION_EXPR_VARIABLES_HPP

#include <fluxion/expr/node.hpp>

#include <boost/hana/core/to.hpp>
#include <boost/hana/set.hpp>
#include <boost/hana/sort.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <type_traits>

namespace fluxion {

/// The variables f uses, as a sorted hana::tuple of hana::size_t<I>.
template <expression E>
constexpr auto variables(const E&) {
    return boost::hana::sort(boost::hana::to<boost::hana::tuple_tag>(detail::variable_set<E>()));
}

/// How many coordinates an expression of type E is evaluated with.
template <expression E>
inline constexpr std::size_t arity_v = detail::arity<std::remove_cvref_t<E>>;

} // namespace fluxion

#endif
