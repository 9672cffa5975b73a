#!/usr/bin/env python3
"""Run one libFuzzer target on its seed corpus and on fixed random inputs.

usage: run.py TARGET SEED_CORPUS_DIR WORK_DIR

CI needs the same inputs every time, so that a red run is a change in the
code, not luck. libFuzzer's own exploration is not reproducible even with a
fixed -seed (its mutations follow coverage feedback and execution times: two
runs with -seed=1 reached different coverage). So this script writes
FLUXION_FUZZ_INPUTS (default 20000) byte strings drawn from Python's
random.Random(FLUXION_FUZZ_SEED, default 1), 8 to 96 bytes each, into
WORK_DIR/random, and has the target execute them and the committed seed
corpus (findings included) once each (-runs=0). The long exploratory runs of
docs/reliability.md call the target directly. Each input must finish within
10 s (-timeout): a solver that loops forever is a finding. Exit status:
libFuzzer's (non-zero on any finding).
"""
import os
import random
import shutil
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    target, seeds, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    seed = int(os.environ.get('FLUXION_FUZZ_SEED', '1'))
    count = int(os.environ.get('FLUXION_FUZZ_INPUTS', '20000'))
    inputs = os.path.join(work, 'random')
    shutil.rmtree(inputs, ignore_errors=True)
    os.makedirs(inputs)
    rng = random.Random(seed)
    for k in range(count):
        with open(os.path.join(inputs, f'{k:06d}'), 'wb') as out:
            out.write(bytes(rng.getrandbits(8) for _ in range(rng.randint(8, 96))))
    command = [target, inputs, seeds, '-runs=0', '-timeout=10', '-rss_limit_mb=2048',
               '-print_final_stats=1', f'-artifact_prefix={work}/',
               '-error_exitcode=1']  # libFuzzer's default, 77, means SKIP to meson: a finding must FAIL
    print(' '.join(command), flush=True)
    return subprocess.run(command).returncode


if __name__ == '__main__':
    sys.exit(main())
