// fluxion/detail/attributes.hpp — code-generation hints for run time:
// FLUXION_ALWAYS_INLINE, FLUXION_CONST_FUNCTION, FLUXION_NOINLINE. They change only the
// machine code; constant evaluation ignores them (tested in static_asserts on
// GCC and Clang), and a compiler without GNU attributes gets neither.
//
// FLUXION_ALWAYS_INLINE ([[gnu::always_inline]]), for the thin layers of
// automatic differentiation: the operators of dual and hyper_dual, their
// chain rule, the math overloads on them, and derivative / second_derivative
// / gradient / hessian. Why: each operator is a handful of multiplications,
// but GCC 12 at -O2 weighs each call separately and keeps many out of line; a
// product then becomes a call returning its 24- or 32-byte result through
// memory, and the cost changes with whatever else the translation unit holds.
// Forcing only the operators made derivative()/gradient() too big to be
// inlined in turn, so the entry points carry it too (measured in
// docs/benchmarks_derivatives.md). Of the math kernels, only exp's (in
// exp's rule) and sin's and cos's (in sincos) are forced inline; see below.
//
// FLUXION_CONST_FUNCTION ([[gnu::const]]): the result depends on the
// arguments alone (no reads of mutable memory, no side effects; constant
// tables are fine), so the compiler may merge two calls with the same
// argument and keep values in registers across the call. Why: sin(x) and
// cos(x) of one dual number x each need both sin and cos of x.value
// (sin' = cos, cos' = -sin), and no compiler proves on its own that the
// second sincos of x.value repeats the first. FLUXION_NOINLINE
// ([[gnu::noinline]]) goes with it on detail::sincos_double_merged
// (math/sincos.hpp): once a call is inlined, there is no call left to
// merge. (GCC 12 merges const calls that return a register value, a double
// or a GNU vector, not ones that return a struct.) exp_double_double is
// const too: f usually takes x by reference, and any call that might write
// memory between sin(x) and cos(x) might change x, so the two calls would no
// longer provably have the same argument.
//
// The reverse also holds: a call in the middle of f's derivative code makes
// GCC spill every live value around it (no SSE register survives a call),
// so exp's rule, for double, inlines exp's kernel (detail::exp_kernel),
// and the sine and cosine kernels are inlined into sincos_double_merged.
//
//     FLUXION_ALWAYS_INLINE friend constexpr dual operator*(const dual& a, const dual& b) { ... }
#ifndef FLUXION_DETAIL_ATTRIBUTES_HPP
#define FLUXION_DETAIL_ATTRIBUTES_HPP

#if defined(__GNUC__) || defined(__clang__)
#define FLUXION_ALWAYS_INLINE [[gnu::always_inline]]
#define FLUXION_CONST_FUNCTION [[gnu::const]]
#define FLUXION_NOINLINE [[gnu::noinline]]
#else
#define FLUXION_ALWAYS_INLINE
#define FLUXION_CONST_FUNCTION
#define FLUXION_NOINLINE
#endif

#endif
