// fluxion/fixed_string.hpp — a string of at most N characters, usable in constant expressions.
//
// Printing an expression happens at compile time (`static_assert(to_string(f) == "...")`), where
// std::string cannot leave the constant evaluation that built it (C++20 allows transient
// allocation only). fixed_string<N> keeps its characters inline, so it is a literal type that a
// constexpr variable can hold; its capacity N is a bound computed from the type of what is
// printed, never a guess.
//
// Law: after appends totalling n <= N characters, size() == n and view() is their concatenation;
// it compares equal to a string literal or std::string_view with the same characters. Appending
// past the capacity stops a constant evaluation with a call to the non-constexpr function
// `fixed_string_capacity_exceeded` (named in the diagnostic); at run time the text is truncated
// and `truncated()` says so (never undefined behaviour).
//
//     constexpr auto s = fluxion::fixed_string<8>{"exp"}.append("(x)");
//     static_assert(s == "exp(x)" && s.size() == 6);
#ifndef FLUXION_FIXED_STRING_HPP
#define FLUXION_FIXED_STRING_HPP

#include <cstddef>
#include <ostream>
#include <string_view>

#if __has_include(<format>)
#include <format>
#endif

namespace fluxion {

namespace detail {
// Deliberately not constexpr: reaching it in a constant expression is the diagnostic.
inline void fixed_string_capacity_exceeded() noexcept {}

// Appending to the characters of a fixed_string of any capacity: one type for all capacities,
// so code that writes text (the expression printer) is instantiated once, not once per N.
struct char_sink {
    char* chars;
    std::size_t capacity;
    std::size_t* length;
    bool* overflow;

    constexpr char_sink& append(char c) {
        if (*length == capacity) {
            fixed_string_capacity_exceeded();
            *overflow = true;
            return *this;
        }
        chars[(*length)++] = c;
        chars[*length] = '\0';
        return *this;
    }
    constexpr char_sink& append(std::string_view s) {
        for (const char c : s) append(c);
        return *this;
    }
};
} // namespace detail

template <std::size_t N>
struct fixed_string {
    // Public so that fixed_string is a structural type (usable as a template argument).
    char chars[N + 1] = {};
    std::size_t length = 0;
    bool overflow = false;

    constexpr fixed_string() = default;
    constexpr fixed_string(std::string_view s) { append(s); } // NOLINT: implicit from text on purpose
    constexpr fixed_string(const char* s) : fixed_string(std::string_view(s)) {}

    static constexpr std::size_t capacity() noexcept { return N; }
    constexpr std::size_t size() const noexcept { return length; }
    constexpr bool empty() const noexcept { return length == 0; }
    constexpr bool truncated() const noexcept { return overflow; }
    constexpr const char* data() const noexcept { return chars; }
    constexpr const char* c_str() const noexcept { return chars; }
    constexpr std::string_view view() const noexcept { return {chars, length}; }
    constexpr operator std::string_view() const noexcept { return view(); }
    constexpr char operator[](std::size_t i) const noexcept { return chars[i]; }
    constexpr const char* begin() const noexcept { return chars; }
    constexpr const char* end() const noexcept { return chars + length; }

    // For code that writes text of unknown length (the expression printer): one sink type
    // serves every capacity.
    constexpr detail::char_sink sink() { return {chars, N, &length, &overflow}; }
    constexpr fixed_string& append(char c) {
        sink().append(c);
        return *this;
    }
    constexpr fixed_string& append(std::string_view s) {
        sink().append(s);
        return *this;
    }
    template <std::size_t M>
    constexpr fixed_string& append(const fixed_string<M>& s) { return append(s.view()); }
    constexpr fixed_string& operator+=(char c) { return append(c); }
    constexpr fixed_string& operator+=(std::string_view s) { return append(s); }

    friend constexpr bool operator==(const fixed_string& a, std::string_view b) noexcept { return a.view() == b; }
    template <std::size_t M>
    friend constexpr bool operator==(const fixed_string& a, const fixed_string<M>& b) noexcept {
        return a.view() == b.view();
    }

    friend std::ostream& operator<<(std::ostream& os, const fixed_string& s) { return os << s.view(); }
};

// fixed_string{"abc"} has capacity 3: the literal's length without its terminator.
template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

} // namespace fluxion

// std::format support where the standard library has it (libstdc++ 13+, libc++ 17+;
// not g++ 12's libstdc++, whose <format> is absent).
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
template <std::size_t N>
struct std::formatter<fluxion::fixed_string<N>, char> : std::formatter<std::string_view, char> {
    template <class Context>
    auto format(const fluxion::fixed_string<N>& s, Context& ctx) const {
        return std::formatter<std::string_view, char>::format(s.view(), ctx);
    }
};
#endif

#endif
