// Type growth of symbolic derivatives (benchmarks/compile_time.py --only expr
// builds and runs this): for d^k f, k = 0..4, the number of nodes in the
// expression tree and the length of its mangled type name (Itanium ABI, the
// same on g++ and clang++), which is what the compiler stores and compares.
#include <fluxion/expr.hpp>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <type_traits>
#include <typeinfo>

using namespace fluxion;

template <class E>
constexpr std::size_t nodes() {
    if constexpr (requires { typename E::argument_type; }) return 1 + nodes<typename E::argument_type>();
    else if constexpr (requires { typename E::left_type; }) return 1 + nodes<typename E::left_type>() + nodes<typename E::right_type>();
    else return 1;
}

template <class F>
void row(const char* name, const F& f0) {
    const auto f1 = d(f0, x);
    const auto f2 = d(f1, x);
    const auto f3 = d(f2, x);
    const auto f4 = d(f3, x);
    using F0 = std::remove_cvref_t<decltype(f0)>;
    std::printf("| %s | %zu / %zu | %zu / %zu | %zu / %zu | %zu / %zu | %zu / %zu |\n", name,
                nodes<F0>(), std::strlen(typeid(f0).name()), nodes<decltype(f1)>(), std::strlen(typeid(f1).name()),
                nodes<decltype(f2)>(), std::strlen(typeid(f2).name()), nodes<decltype(f3)>(), std::strlen(typeid(f3).name()),
                nodes<decltype(f4)>(), std::strlen(typeid(f4).name()));
}

int main() {
    std::printf("| f | f | d f | d^2 f | d^3 f | d^4 f |\n|---|---:|---:|---:|---:|---:|\n");
    row("sin(x)", sin(x));
    row("exp(x) - log(x)", exp(x) - log(x));
    row("exp(sin(x))", exp(sin(x)));
    row("x sin(x^2) / (1 + x^2)", x * sin(x * x) / (1_c + x * x));
    row("exp(x) / sqrt(sin(x)^3 + cos(x)^3)", exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c)));
    row("tanh(x)", tanh(x));
}
