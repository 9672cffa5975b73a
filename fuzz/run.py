#!/usr/bin/env python3
"""Run one libFuzzer target for a fixed time from its seed corpus.

usage: run.py TARGET SEED_CORPUS_DIR WORK_DIR

New inputs are written to WORK_DIR (created if missing); the committed seed
corpus is only read. The time per target is FLUXION_FUZZ_SECONDS (default 15).
Each input must finish within 10 s (-timeout): a solver that loops forever is
a finding. Exit status: libFuzzer's (non-zero on any finding).
"""
import os
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    target, seeds, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    seconds = os.environ.get('FLUXION_FUZZ_SECONDS', '15')
    # A fixed seed and number of runs make the CI run reproducible: the same
    # inputs every time, so a red CI is a change in the code, not luck. The
    # long exploratory runs (docs/reliability.md) use other seeds and no limit.
    seed = os.environ.get('FLUXION_FUZZ_SEED', '1')
    runs = os.environ.get('FLUXION_FUZZ_RUNS', '100000')
    command = [target, work, seeds, f'-max_total_time={seconds}', f'-seed={seed}', f'-runs={runs}', '-timeout=10', '-rss_limit_mb=2048',
               '-print_final_stats=1', f'-artifact_prefix={work}/',
               '-error_exitcode=1']  # libFuzzer's default, 77, means SKIP to meson: a finding must FAIL
    print(' '.join(command), flush=True)
    return subprocess.run(command).returncode


if __name__ == '__main__':
    sys.exit(main())
