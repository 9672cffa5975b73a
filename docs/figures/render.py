#!/usr/bin/env python3
"""Render the docs' figures: `meson compile -C build figures` runs this.

render.py --gnuplot GNUPLOT --out DIR EXE... runs every EXE with `--csv TMP`
(each example writes the CSV data of its figures into TMP; examples/backprop
takes a file, TMP/backprop_loss.csv), then every
DIR/*.gp with gnuplot, as

    gnuplot -e "datadir='TMP'; outfile='DIR/NAME.svg'" DIR/NAME.gp

A script names the CSV files it reads in a comment line `# data: a.csv b.csv`;
when one is missing (its example is not built yet) the figure is skipped and
said so, and the old SVG, if any, is kept."""
import argparse
import pathlib
import subprocess
import sys
import tempfile

# Examples whose --csv takes a FILE rather than a directory: the file name in TMP.
CSV_FILE_ARGUMENT = {'backprop': 'backprop_loss.csv'}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--gnuplot', required=True)
    parser.add_argument('--out', required=True, type=pathlib.Path)
    parser.add_argument('exes', nargs='*')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for exe in args.exes:
            target = pathlib.Path(tmp)
            if pathlib.Path(exe).stem in CSV_FILE_ARGUMENT:
                target = target / CSV_FILE_ARGUMENT[pathlib.Path(exe).stem]
            subprocess.run([exe, '--csv', str(target)], check=True, stdout=subprocess.DEVNULL)
        failed = 0
        for script in sorted(args.out.glob('*.gp')):
            needs = [word for line in script.read_text().splitlines() if line.startswith('# data:')
                     for word in line.split(':', 1)[1].split()]
            missing = [n for n in needs if not (pathlib.Path(tmp) / n).exists()]
            if missing:
                print(f'skipped {script.name}: no {", ".join(missing)} (its example is not built)')
                continue
            svg = script.with_suffix('.svg')
            run = subprocess.run([args.gnuplot, '-e', f"datadir='{tmp}'; outfile='{svg}'", str(script)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                failed += 1
                print(f'FAILED {script.name}:\n{run.stderr}')
            else:
                print(f'wrote {svg}')
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
