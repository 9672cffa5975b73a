#!/usr/bin/env python3
"""Compile-time cost of fluxion's math: build time, peak memory, constexpr steps.

    python3 benchmarks/compile_time.py [--repetitions 3] [--only time|steps|expr|nn]
                                       [--cxx g++ clang++] [--include DIR]
                                       [--source TU]

Run from anywhere; needs /usr/bin/time (Debian package `time`) and clang++.

1. time: compiles tests/compile_time/math_consistency.cpp (one constant
   expression with 10,000 calls each of fluxion::exp, log and sin) with each
   compiler, default constexpr limits, `-std=c++20 -O2 -Wall -Wextra -Wpedantic
   -Werror -c`, --repetitions times under /usr/bin/time. Prints the minimum
   wall time, the minimum CPU time (user + sys: less sensitive to other load
   on the machine) and the peak resident memory, next to a baseline
   translation unit that includes the same headers and evaluates nothing (the
   difference is the cost of the constant evaluation). Then bisects the smallest -fconstexpr-steps
   (Clang) and -fconstexpr-ops-limit (GCC) under which it still compiles: the
   share of the default budget the 30,000 calls use.
   --source TU measures another translation unit the same way (time, memory,
   baseline, budget), for example tests/compile_time/worked_examples.cpp,
   which proves every worked example of the course in one translation unit.

3. expr: compiles benchmarks/expr_compile_time.cpp (the second derivative of
   exp(x) / sqrt(sin(x)^3 + cos(x)^3) derived symbolically and evaluated in a
   static_assert) with each compiler, beside a baseline with the same #includes
   (same flags as 1.), then builds and runs benchmarks/expr_type_growth.cpp:
   nodes and mangled-name length of d^k f, k = 0..4 (docs/expressions.md).

2. steps: Clang's constexpr steps per call of every math function that exists,
   at typical and extreme arguments. Clang counts one step per statement
   executed and stops at -fconstexpr-steps (default 1,048,576). Each case is a
   constexpr variable  [] { for (int i = 0; i < R; ++i) {} return f(args); }():
   the empty loop costs exactly one step per iteration, so bisecting the largest
   R that still compiles at the default limit gives the call's cost as
   R(baseline) - R(case), where the baseline returns a literal instead. All
   cases bisect together (one clang run per bisection step). The cost is that of
   the public call fluxion::f(double), wrapper included.

4. nn: compile time and peak memory of tests/compile_time/nn.cpp (XOR trained
   in three constant expressions of 150 epochs) and examples/backprop.cpp (the
   lecture's 2-2-2-1 network, two of 100 epochs), and the budget share of the
   largest single evaluation in each (bisected like the time part).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, 'include')
MATH = os.path.join(INCLUDE, 'fluxion', 'math')
CONSISTENCY = os.path.join(ROOT, 'tests', 'compile_time', 'math_consistency.cpp')
FLAGS = ['-std=c++20', '-O2', '-Wall', '-Wextra', '-Wpedantic', '-Werror', '-I' + INCLUDE]
DEFAULT_STEPS = 1 << 20  # clang's default -fconstexpr-steps

MAX = '0x1.fffffffffffffp+1023'   # DBL_MAX
MIN = '0x1p-1022'                 # DBL_MIN
SUB = '0x1p-1074'                 # smallest subnormal
# (function, label, arguments as C++ literals). Literals only: a call such as
# numeric_limits<double>::max() would cost steps of its own.
CASES = [
    ('exp', 'typical 0.5', '0.5'), ('exp', 'float 0.5f', '0.5f'), ('exp', 'tiny 1e-20', '1e-20'),
    ('exp', 'near overflow 709.7', '709.7'), ('exp', 'subnormal result -740', '-740.0'),
    ('expm1', 'typical 0.5', '0.5'), ('expm1', 'tiny 1e-10', '1e-10'), ('expm1', '-40', '-40.0'),
    ('expm1', 'near overflow 709.7', '709.7'),
    ('sinh', 'typical 0.5', '0.5'), ('sinh', 'tiny 1e-10', '1e-10'), ('sinh', 'large 710', '710.0'),
    ('cosh', 'typical 0.5', '0.5'), ('cosh', 'large 710', '710.0'),
    ('tanh', 'typical 0.5', '0.5'), ('tanh', 'tiny 1e-10', '1e-10'), ('tanh', 'large 20', '20.0'),
    ('sigmoid', 'typical 0.5', '0.5'), ('sigmoid', 'negative -3', '-3.0'), ('sigmoid', 'far left -100', '-100.0'),
    ('sigmoid', 'saturated 40', '40.0'),
    ('log', 'typical 1.5', '1.5'), ('log', 'float 1.5f', '1.5f'), ('log', 'near 1: 1+2^-30', '(1.0 + 0x1p-30)'),
    ('log', 'subnormal 2^-1074', SUB), ('log', 'DBL_MAX', MAX),
    ('log1p', 'typical 0.5', '0.5'), ('log1p', 'tiny 1e-10', '1e-10'), ('log1p', 'large 1e300', '1e300'),
    ('log2', 'typical 1.5', '1.5'), ('log2', 'exact 2^-1074', SUB), ('log2', 'DBL_MAX', MAX),
    ('log10', 'typical 1.5', '1.5'), ('log10', 'exact 1e-300', '1e-300'), ('log10', 'DBL_MAX', MAX),
    ('pow', 'typical (1.5, 2.5)', '1.5, 2.5'), ('pow', 'integer (3, 5)', '3.0, 5.0'),
    ('pow', 'large y (1+2^-40, 1e12)', '(1.0 + 0x1p-40), 1e12'), ('pow', '(0.5, 1074.5) subnormal', '0.5, 1074.5'),
    ('sin', 'typical 0.5', '0.5'), ('sin', 'float 0.5f', '0.5f'), ('sin', 'medium 1e5', '1e5'),
    ('sin', 'large 1e9', '1e9'), ('sin', 'huge 1e22', '1e22'), ('sin', 'DBL_MAX', MAX),
    ('cos', 'typical 0.5', '0.5'), ('cos', 'medium 1e5', '1e5'), ('cos', 'huge 1e22', '1e22'), ('cos', 'DBL_MAX', MAX),
    ('tan', 'typical 0.5', '0.5'), ('tan', 'medium 1e5', '1e5'), ('tan', 'huge 1e22', '1e22'), ('tan', 'DBL_MAX', MAX),
    ('asin', 'typical 0.3', '0.3'), ('asin', 'near 1: 0.99', '0.99'), ('asin', 'tiny 1e-10', '1e-10'),
    ('acos', 'typical 0.3', '0.3'), ('acos', 'near 1: 0.99', '0.99'),
    ('atan', 'typical 0.5', '0.5'), ('atan', 'large 1e10', '1e10'), ('atan', 'tiny 1e-10', '1e-10'),
    ('atan2', 'typical (1, 2)', '1.0, 2.0'), ('atan2', '(1e-300, -1e300)', '1e-300, -1e300'),
    ('sqrt', 'typical 2', '2.0'), ('sqrt', 'DBL_MAX', MAX), ('sqrt', 'subnormal 2^-1074', SUB),
    ('cbrt', 'typical 2', '2.0'), ('cbrt', 'DBL_MAX', MAX), ('cbrt', 'subnormal 2^-1074', SUB),
    ('hypot', 'typical (3, 4)', '3.0, 4.0'), ('hypot', '(1e300, 1e300)', '1e300, 1e300'),
    ('hypot', '(2^-1074, 2^-1074)', SUB + ', ' + SUB),
    ('fmod', 'typical (10.5, 3)', '10.5, 3.0'), ('fmod', '(1e300, 3)', '1e300, 3.0'),
    ('fmod', '(DBL_MAX, 2^-1074)', MAX + ', ' + SUB),
    # the float paths
    ('expm1', 'float 0.5f', '0.5f'), ('sinh', 'float 0.5f', '0.5f'), ('cosh', 'float 0.5f', '0.5f'),
    ('tanh', 'float 0.5f', '0.5f'), ('log2', 'float 1.5f', '1.5f'), ('log10', 'float 1.5f', '1.5f'),
    ('log1p', 'float 0.5f', '0.5f'), ('pow', 'float (1.5f, 2.5f)', '1.5f, 2.5f'),
    ('sin', 'float huge 1e30f', '1e30f'), ('cos', 'float 0.5f', '0.5f'), ('tan', 'float 0.5f', '0.5f'),
    ('atan', 'float 0.5f', '0.5f'), ('sqrt', 'float 2.0f', '2.0f'), ('hypot', 'float (3f, 4f)', '3.0f, 4.0f'),
    ('asin', 'float 0.3f', '0.3f'), ('asin', 'float near 1: 0.99f', '0.99f'), ('acos', 'float 0.3f', '0.3f'),
]


def available_functions():
    return sorted({fn for fn, _, _ in CASES if os.path.exists(os.path.join(MATH, fn + '.hpp'))})


# ---------------------------------------------------------------- 1. time
def measure(cxx, source, repetitions):
    """(min wall s, min CPU s = user + sys, peak RSS MiB) over the repetitions."""
    walls, cpus, rss = [], [], []
    for _ in range(repetitions):
        r = subprocess.run(['/usr/bin/time', '-f', 'TIME %e %U %S %M', cxx] + FLAGS + ['-c', source, '-o', os.devnull],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, r.stderr[-3000:]
        m = re.search(r'TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)', r.stderr)
        walls.append(float(m.group(1)))
        cpus.append(float(m.group(2)) + float(m.group(3)))
        rss.append(int(m.group(4)))
    return (min(walls), min(cpus), max(rss) / 1024), None


def compiles(cmd):
    return subprocess.run(cmd, capture_output=True).returncode == 0


def smallest_limit(cxx, flag, hi, source=CONSISTENCY):
    """Smallest value of the constexpr limit `flag` under which `source` compiles."""
    cmd = [cxx] + FLAGS[:1] + [FLAGS[-1], '-fsyntax-only', source]
    if not compiles(cmd + [f'{flag}={hi}']):
        return None
    lo = 0  # fails
    while hi - lo > max(1, hi // 2000):  # 0.05 % resolution is plenty
        mid = (lo + hi) // 2
        if compiles(cmd + [f'{flag}={mid}']):
            hi = mid
        else:
            lo = mid
    return hi


def headroom_part(compilers):
    """How much of the default constexpr budget the 30,000-call evaluation uses."""
    print('Budget used by the one constant expression of math_consistency.cpp (bisected, +-0.05 %):')
    print('| compiler | limit | default | smallest value that compiles | share of the default |')
    print('|---|---|---:|---:|---:|')
    for cxx in compilers:
        if 'clang' in cxx:
            flag, default = '-fconstexpr-steps', DEFAULT_STEPS
        else:
            flag, default = '-fconstexpr-ops-limit', 1 << 25
        need = smallest_limit(cxx, flag, default)
        shown = f'{need:,}' if need else 'over the default'
        share = f'{100 * need / default:.0f} %' if need else '> 100 %'
        print(f'| {cxx} | {flag} | {default:,} | {shown} | {share} |')


def timing_table(compilers, repetitions, source, label):
    """Time `source` and a baseline with its #includes only; print one markdown table."""
    with open(source) as f:
        includes = [line for line in f if line.startswith('#include')]
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        baseline = os.path.join(tmp, 'baseline.cpp')
        with open(baseline, 'w') as f:
            f.write(''.join(includes) + 'int main() {}\n')
        print(f'Compiling {os.path.relpath(source, ROOT)} ({repetitions} runs each; '
              f'flags: {" ".join(FLAGS[:-1])} -c)')
        print('| compiler | translation unit | wall s (min) | CPU s, user + sys (min) | peak RSS MiB |')
        print('|---|---|---:|---:|---:|')
        for cxx in compilers:
            version = subprocess.run([cxx, '--version'], capture_output=True, text=True).stdout.split('\n')[0]
            for name, src in ((label, source), ('baseline: same #includes only', baseline)):
                res, err = measure(cxx, src, repetitions)
                if res is None:
                    print(f'| {version} | {name} | FAILED | | |')
                    print(err, file=sys.stderr)
                    status = 1
                else:
                    print(f'| {version} | {name} | {res[0]:.2f} | {res[1]:.2f} | {res[2]:.0f} |')
    return status


def time_part(compilers, repetitions):
    if not os.path.exists(CONSISTENCY):
        print(f'{CONSISTENCY} does not exist yet')
        return 1
    return timing_table(compilers, repetitions, CONSISTENCY, os.path.basename(CONSISTENCY))


# ---------------------------------------------------------------- 3. expr
EXPR_TIME = os.path.join(ROOT, 'benchmarks', 'expr_compile_time.cpp')
EXPR_GROWTH = os.path.join(ROOT, 'benchmarks', 'expr_type_growth.cpp')


def expr_part(compilers, repetitions):
    status = timing_table(compilers, repetitions, EXPR_TIME, 'd^2 f symbolic, static_assert')
    print()
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, 'growth')
        build = subprocess.run([compilers[0]] + FLAGS + [EXPR_GROWTH, '-o', exe], capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stderr[-3000:], file=sys.stderr)
            return 1
        print('Type growth of d^k f: nodes in the tree / length of the mangled type name')
        print(subprocess.run([exe], capture_output=True, text=True).stdout)
    return status


# ---------------------------------------------------------------- 4. nn
NN_SOURCES = [os.path.join(ROOT, 'tests', 'compile_time', 'nn.cpp'), os.path.join(ROOT, 'examples', 'backprop.cpp')]


def nn_part(compilers, repetitions):
    """Compile time and peak memory of the translation units that train networks
    in constant expressions, and the share of the default constexpr budget used
    by their most expensive single evaluation (each constexpr variable has its
    own budget, so the smallest limit under which the file compiles is the cost
    of its largest evaluation)."""
    status = 0
    print('Neural-network training in constant expressions (fluxion/nn.hpp):')
    print('| compiler | translation unit | wall s (min) | CPU s, user + sys (min) | peak RSS MiB | largest evaluation, share of the default budget |')
    print('|---|---|---:|---:|---:|---:|')
    for cxx in compilers:
        version = subprocess.run([cxx, '--version'], capture_output=True, text=True).stdout.split('\n')[0]
        flag, default = ('-fconstexpr-steps', DEFAULT_STEPS) if 'clang' in cxx else ('-fconstexpr-ops-limit', 1 << 25)
        for src in NN_SOURCES:
            if not os.path.exists(src):
                continue
            res, err = measure(cxx, src, repetitions)
            if res is None:
                print(f'| {version} | {os.path.relpath(src, ROOT)} | FAILED | | | |')
                print(err, file=sys.stderr)
                status = 1
                continue
            need = smallest_limit(cxx, flag, default, src)
            share = f'{flag}={need:,} ({100 * need / default:.0f} %)' if need else 'over the default'
            print(f'| {version} | {os.path.relpath(src, ROOT)} | {res[0]:.2f} | {res[1]:.2f} | {res[2]:.0f} | {share} |')
    return status


# ---------------------------------------------------------------- 2. steps
def probe_source(cases, pads, base_pad):
    fns = sorted({fn for fn, _, _ in cases})
    lines = [f'#include <fluxion/math/{fn}.hpp>' for fn in fns]
    first = len(lines) + 1
    lines.append(f'constexpr auto v0 = [] {{ for (int i = 0; i < {base_pad}; ++i) {{}} return 0.5; }}();')
    for k, ((fn, _, args), r) in enumerate(zip(cases, pads), start=1):
        lines.append(f'constexpr auto v{k} = [] {{ for (int i = 0; i < {r}; ++i) {{}} '
                     f'return fluxion::{fn}({args}); }}();')
    return '\n'.join(lines) + '\nint main() {}\n', first


def failures(source, first, tmp, limit):
    """Line index (0 = baseline) -> 'steps' or 'error' for each variable that fails."""
    path = os.path.join(tmp, 'probe.cpp')
    with open(path, 'w') as f:
        f.write(source)
    r = subprocess.run(['clang++', '-std=c++20', '-fsyntax-only', '-ferror-limit=0', '-fno-color-diagnostics',
                        f'-fconstexpr-steps={limit}', '-I' + INCLUDE, path],
                       capture_output=True, text=True)
    out = {}
    current = None
    for line in r.stderr.splitlines():
        m = re.match(re.escape(path) + r':(\d+):\d+: error: (.*)', line)
        if m:
            current = int(m.group(1)) - first
            if 'must be initialized by a constant expression' not in m.group(2) or current < 0:
                out.setdefault(max(current, 0), 'error: ' + m.group(2))
                current = None
            else:
                out.setdefault(current, 'error')
            continue
        if current is not None and 'maximum step limit' in line:
            out[current] = 'steps'
    if r.returncode != 0 and not out:
        raise RuntimeError(r.stderr[-3000:])
    return out


def bisect(cases, limit, tmp):
    """Steps per call of each case at -fconstexpr-steps=limit: {index: steps | 'over' | 'error'}."""
    n = len(cases)
    fail = failures(*probe_source(cases, [0] * n, 0), tmp, limit)
    if 0 in fail:
        raise RuntimeError('baseline failed: ' + fail[0])
    result = {k: ('over' if fail[k] == 'steps' else 'error') for k in fail}
    live = [k for k in range(1, n + 1) if k not in fail]
    # Parallel bisection over the padding: lo[k] compiles, hi[k] hits the limit.
    lo = {k: 0 for k in [0] + live}
    hi = {k: limit for k in [0] + live}
    while any(hi[k] - lo[k] > 1 for k in lo):
        mid = {k: (lo[k] + hi[k]) // 2 for k in lo}
        pads = [mid.get(k, 0) for k in range(1, n + 1)]
        fail = failures(*probe_source(cases, pads, mid[0]), tmp, limit)
        for k in lo:
            if fail.get(k) == 'steps':
                hi[k] = mid[k]
            elif k in fail:
                raise RuntimeError(f'case {cases[k - 1]} failed for a reason other than the step limit')
            else:
                lo[k] = mid[k]
    for k in live:
        result[k] = lo[0] - lo[k]
    return result


def steps_part():
    fns = available_functions()
    missing = sorted({fn for fn, _, _ in CASES} - set(fns))
    cases = [c for c in CASES if c[0] in fns]
    if not cases:
        print('no math function headers yet')
        return 1
    # Bisect at a small limit first (fast), then the expensive cases at the default.
    final = {}
    with tempfile.TemporaryDirectory() as tmp:
        todo = list(cases)
        for limit in (1 << 14, DEFAULT_STEPS):
            res = bisect(todo, limit, tmp)
            over = []
            for k, c in enumerate(todo, start=1):
                if res[k] == 'over':
                    over.append(c)
                else:
                    final[c] = res[k]
            todo = over
            if not todo:
                break
        for c in todo:
            final[c] = 'over'
    print('Clang constexpr steps per call of fluxion::f(double) (clang++ -fconstexpr-steps bisection):')
    print('| function | argument | steps per call |')
    print('|---|---|---:|')
    for c in cases:
        v = final[c]
        text = {'over': '> 1,048,576 (over the default limit)', 'error': 'not a constant expression'}.get(v, str(v))
        print(f'| {c[0]} | {c[1]} | {text} |')
    if missing:
        print(f'\nNot measured (header not present): {", ".join(missing)}')
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--repetitions', type=int, default=3)
    ap.add_argument('--only', choices=['time', 'steps', 'expr', 'nn'])  # time includes the budget bisection
    ap.add_argument('--cxx', nargs='+', default=['g++', 'clang++'])
    ap.add_argument('--include', help='include directory to measure (default: the repository\'s)')
    ap.add_argument('--source', help='translation unit to time (default: tests/compile_time/math_consistency.cpp)')
    args = ap.parse_args()
    if args.source:
        global CONSISTENCY
        CONSISTENCY = os.path.abspath(args.source)
    if args.include:
        global INCLUDE, MATH
        INCLUDE = os.path.abspath(args.include)
        MATH = os.path.join(INCLUDE, 'fluxion', 'math')
        FLAGS[-1] = '-I' + INCLUDE
    status = 0
    if args.only == 'nn':
        return nn_part(args.cxx, args.repetitions)
    if args.only == 'expr':
        return expr_part(args.cxx, args.repetitions)
    if args.only != 'steps':
        status |= time_part(args.cxx, args.repetitions)
        print()
        if os.path.exists(CONSISTENCY):
            headroom_part(args.cxx)
            print()
    if args.only != 'time':
        status |= steps_part()
        print()
    if args.only is None:
        status |= expr_part(args.cxx, args.repetitions)
        print()
        status |= nn_part(args.cxx, args.repetitions)
    return status


if __name__ == '__main__':
    sys.exit(main())
