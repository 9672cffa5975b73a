#!/usr/bin/env python3
"""Collect the `accuracy ...` lines of the run-time math suites into one table.

    python3 benchmarks/accuracy_table.py BUILD_DIR

BUILD_DIR is a meson build directory with tests on. Runs every
BUILD_DIR/tests/rt_math_* executable with --log_level=message (the MPFR sweeps
print one line per sweep, see tests/support/mpfr_oracle.hpp: accuracy_report::
print) and prints them as a Markdown table, one row per sweep. Sweeps are not
re-run here with other settings: the numbers are those of the test suite.
"""
import glob
import os
import re
import subprocess
import sys

LINE = re.compile(r'accuracy (.+?)\s+cases\s+(\d+)\s+max ulp (\d+)\s+correctly rounded\s+([\d.]+)%\s+'
                  r'worst at \((\S+), (\S+)\)')


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    exes = sorted(glob.glob(os.path.join(sys.argv[1], 'tests', 'rt_math_*')))
    exes = [e for e in exes if os.access(e, os.X_OK) and not os.path.isdir(e)]
    print('| suite | sweep | cases | max ulp | correctly rounded | worst argument |')
    print('|---|---|---:|---:|---:|---|')
    failed = []
    for exe in exes:
        suite = os.path.basename(exe)[3:]
        r = subprocess.run([exe, '--log_level=message', '--report_level=short'], capture_output=True, text=True)
        if r.returncode != 0:
            failed.append(suite)
        for line in r.stdout.splitlines():
            m = LINE.search(line)
            if m:
                what, cases, ulp, pct, wx, wy = m.groups()
                worst = wx if wy in ('0', '-0') else f'({wx}, {wy})'
                if ulp == '0':
                    worst = '-'  # every result correctly rounded: no worst case
                print(f'| {suite} | {what} | {int(cases):,} | {ulp} | {pct} % | {worst} |')
    if failed:
        print(f'\nSuites that FAILED when this table was made: {", ".join(failed)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
