"""Shared by ratios.py and ad_ratios.py: run a Google Benchmark program and
collect (1) the minimum time per call of each benchmark over repetitions and
(2) callgrind instruction counts per call from the program's --count mode.

Minimum, because on a shared machine other processes only ever add time;
instruction counts, because they do not depend on the machine's load.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import tempfile


def run_times(exe, repetitions, min_time, filt):
    """{benchmark name: minimum ns per call} (from items_per_second).
    The repetitions of all benchmarks run in a random order (Google Benchmark's
    random interleaving), so a change of the machine's load during the run
    falls on fluxion's and glibc's rows alike instead of on whichever ran then."""
    cmd = [exe, '--benchmark_format=json', f'--benchmark_repetitions={repetitions}',
           f'--benchmark_min_time={min_time}', '--benchmark_report_aggregates_only=false',
           '--benchmark_enable_random_interleaving=true']
    if filt:
        cmd.append(f'--benchmark_filter={filt}')
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    best = {}
    for b in json.loads(out)['benchmarks']:
        if b.get('run_type', 'iteration') != 'iteration':
            continue
        ns_per_call = 1e9 / b['items_per_second']
        name = b.get('run_name', b['name'])
        best[name] = min(best.get(name, float('inf')), ns_per_call)
    return best


def run_times_in_processes(exe, repetitions, min_time, filt, processes):
    """[run_times(...) of each process]: the program run `processes` times in
    a row, each a separate process. The level of a whole run moves between
    processes on a shared virtual machine (the same binary measured 7.8 and
    12.2 ns for one row in two runs a minute apart, glibc's row moving with
    it), and so does the placement of the process's stack and heap; a ratio
    taken inside one process, where fluxion's and glibc's rows share those
    conditions, is the stable quantity. ratios.py reports the median of the
    per-process ratios."""
    return [run_times(exe, repetitions, min_time, filt) for _ in range(processes)]


def listed_benchmarks(exe, filt):
    """The benchmark names in the program's order (its registration order)."""
    cmd = [exe, '--benchmark_list_tests=true'] + ([f'--benchmark_filter={filt}'] if filt else [])
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()


def run_callgrind(exe, filt, inputs_per_case, count_args=()):
    """{case name: instructions per call}: the program's --count mode runs each
    case once over its inputs between callgrind client requests named after the
    case. count_args are passed after --count (math_speed takes a substring
    filter there); the regex filt is applied to the names afterwards."""
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'cg.out')
        cmd = ['valgrind', '--tool=callgrind', '--collect-atstart=no',
               f'--callgrind-out-file={out}', exe, '--count', *count_args]
        subprocess.run(cmd, check=True, capture_output=True, text=True)
        for path in glob.glob(out + '*'):
            name = total = None
            with open(path) as f:
                for line in f:
                    m = re.match(r'desc: Trigger: Client Request: (.*)', line)
                    if m:
                        name = m.group(1).strip()
                    m = re.match(r'(?:summary|totals): (\d+)', line)
                    if m:
                        total = int(m.group(1))
            if name and total is not None and (not filt or re.search(filt, name)):
                counts[name] = total / inputs_per_case
    return counts


def parse_arguments(doc):
    """The command line both ratio scripts take (doc: the script's docstring)."""
    ap = argparse.ArgumentParser(description=doc.split('\n')[0])
    ap.add_argument('build_dir')
    ap.add_argument('--repetitions', type=int, default=5)
    ap.add_argument('--min-time', type=float, default=0.2)
    ap.add_argument('--filter', default='')
    ap.add_argument('--processes', type=int, default=1,
                    help='run the program this many times (separate processes)')
    ap.add_argument('--callgrind', action='store_true')
    ap.add_argument('--no-times', action='store_true', help='only the callgrind counts')
    return ap.parse_args()
