#!/usr/bin/env python3
"""Run benchmarks/math_speed and print the fluxion / glibc ratio table.

    python3 benchmarks/ratios.py BUILD_DIR [--repetitions 5] [--min-time 0.2]
                                 [--processes 1] [--filter REGEX] [--callgrind]

BUILD_DIR is a meson build directory configured with -Dbenchmarks=true (an -O2
build: buildtype debugoptimized, the default, or release -Doptimization=2).

Times: every benchmark runs --repetitions times; the table keeps the MINIMUM
CPU time per call of each, because on a shared machine other processes only
ever add time. ratio = fluxion / glibc; below 1 means fluxion is faster.

--processes K runs the program K times, each a separate process, and the
ratio column is the MEDIAN over the processes of the ratio measured inside
each one (fluxion's minimum over glibc's minimum, same process); the ns
columns are the minima over all processes, and a `ratio range` column gives
the smallest and largest per-process ratio. A whole run's speed moves between
processes on a shared virtual machine, fluxion's and glibc's rows together,
so the ratio inside one process is the stable quantity.

--callgrind also counts instructions per call under valgrind's callgrind (the
program's --count mode: each case once over its 4096 inputs). Instruction
counts do not depend on the load of the machine, so they are the stable
companion of the times. Both numbers include the benchmark loop itself (see
the `identity` row: about 1 ns and a few instructions per element).

Prints a Markdown table (the one pasted into docs/benchmarks.md).
"""
import os
import re
import sys

import statistics

from gbench import listed_benchmarks, parse_arguments, run_callgrind, run_times_in_processes


def main():
    args = parse_arguments(__doc__)

    exe = os.path.join(args.build_dir, 'benchmarks', 'math_speed')
    runs = [] if args.no_times else run_times_in_processes(exe, args.repetitions, args.min_time, args.filter,
                                                           args.processes)
    # times: the minimum over all processes; ratios: every process's own ratio.
    times = {name: min(run[name] for run in runs) for name in runs[0]} if runs else {}
    # The program's --count takes a plain substring: pass the filter there only
    # when it is one (it then saves counting every case); a regex such as
    # 'sin|cos' is applied to the counted names afterwards.
    plain = args.filter and re.fullmatch(r'[\w/]+', args.filter)
    counts = run_callgrind(exe, args.filter, 4096, [args.filter] if plain else []) if args.callgrind else {}

    names = [n for n in listed_benchmarks(exe, args.filter) if n in times or n in counts]
    cases = []  # (fn, type, range) in the program's order
    for name in names:
        fn, typ, rng, impl = name.split('/')
        if (fn, typ, rng) not in cases:
            cases.append((fn, typ, rng))

    header = ['function', 'type', 'inputs']
    if times:
        header += ['fluxion ns', 'glibc ns', 'ratio'] + (['ratio range'] if len(runs) > 1 else [])
    if counts:
        header += ['fluxion instr', 'glibc instr', 'instr ratio']
    print('| ' + ' | '.join(header) + ' |')
    print('|' + '|'.join('---' if i < 3 else '---:' for i in range(len(header))) + '|')
    worst = []
    for fn, typ, rng in cases:
        key = f'{fn}/{typ}/{rng}'
        row = [fn, typ, rng]
        if times:
            f, g = times[key + '/fluxion'], times[key + '/glibc']
            ratios = [run[key + '/fluxion'] / run[key + '/glibc'] for run in runs]
            ratio = statistics.median(ratios)
            row += [f'{f:.2f}', f'{g:.2f}', f'{ratio:.2f}']
            if len(runs) > 1:
                row.append(f'{min(ratios):.2f}-{max(ratios):.2f}')
            if fn != 'identity' and ratio > 2:
                worst.append((key, ratio))
        if counts:
            f, g = counts[key + '/fluxion'], counts[key + '/glibc']
            row += [f'{f:.0f}', f'{g:.0f}', f'{f / g:.2f}']
        print('| ' + ' | '.join(row) + ' |')
    if times:
        print()
        if worst:
            print('Above the 2x target: ' + ', '.join(f'{k} ({r:.2f}x)' for k, r in worst))
        else:
            print('Every case is within 2x of glibc.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
