#!/usr/bin/env python3
"""Run benchmarks/ad_speed and print the ratio table of derivative costs.

    python3 benchmarks/ad_ratios.py BUILD_DIR [--repetitions 5] [--min-time 0.2]
                                    [--processes 1] [--filter REGEX] [--callgrind]
                                    [--no-times]

BUILD_DIR is a meson build directory configured with -Dbenchmarks=true (an -O2
build: buildtype debugoptimized, the default, or release -Doptimization=2).

Every benchmark of ad_speed is named CASE/IMPL (d2f/fluxion_hyper, ...).
The table has one row per benchmark with its time per call and its ratio to
CASE/hand (hand-written analytic code with glibc's exp, sin, cos, sqrt); the
scalar cases f, df, d2f also have CASE/hand_fxmath (the same hand-written code
with fluxion's math functions), and a second ratio column to it: the cost of
the automatic differentiation alone, with the math functions held equal.

Times: every benchmark runs --repetitions times; the table keeps the MINIMUM
CPU time per call, because on a shared machine other processes only ever add
time. --callgrind also counts instructions per call under valgrind's
callgrind (the program's --count mode: each case once over its 4096 inputs);
instruction counts do not depend on the load of the machine. Both include the
benchmark loop itself (the identity row).

Prints a Markdown table (the one pasted into docs/benchmarks_derivatives.md).
"""
import os
import re
import sys

from gbench import listed_benchmarks, parse_arguments, run_callgrind, run_times_in_processes

N_INPUTS = 4096


def fmt_ratio(a, b):
    return f'{a / b:.2f}' if b else ''


def main():
    args = parse_arguments(__doc__)

    exe = os.path.join(args.build_dir, 'benchmarks', 'ad_speed')
    # --processes K: the minimum over K separate runs of the program.
    runs = [] if args.no_times else run_times_in_processes(exe, args.repetitions, args.min_time, args.filter,
                                                           args.processes)
    times = {name: min(run[name] for run in runs) for name in runs[0]} if runs else {}
    counts = run_callgrind(exe, args.filter, N_INPUTS) if args.callgrind else {}
    # The program's order (register_all), not the order results arrive in.
    listed = listed_benchmarks(exe, args.filter)
    names = [n for n in listed if n in times or n in counts]

    header = ['case', 'implementation']
    if times:
        header += ['ns/call', 'time / hand', 'time / hand_fxmath']
    if counts:
        header += ['instr/call', 'instr / hand', 'instr / hand_fxmath']
    print('| ' + ' | '.join(header) + ' |')
    print('|' + '|'.join('---' if i < 2 else '---:' for i in range(len(header))) + '|')
    for name in names:
        case, impl = name.split('/')
        row = [case, impl]
        for data in (times, counts):
            if not data:
                continue
            v = data[name]
            hand = data.get(case + '/hand')
            fx = data.get(case + '/hand_fxmath')
            row += [f'{v:.2f}' if data is times else f'{v:.0f}',
                    fmt_ratio(v, hand) if hand else '', fmt_ratio(v, fx) if fx else '']
        print('| ' + ' | '.join(row) + ' |')

    # The target: the second derivative within 1.5x of hand-written code.
    for data, what in ((times, 'time'), (counts, 'instructions')):
        if data and 'd2f/fluxion_hyper' in data:
            v = data['d2f/fluxion_hyper']
            print(f'\nd2f/fluxion_hyper ({what}): {v / data["d2f/hand"]:.2f}x hand-written with glibc, '
                  f'{v / data["d2f/hand_fxmath"]:.2f}x hand-written with fluxion\'s math (target 1.5x)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
