#!/usr/bin/env python3
"""Proves that every public header compiles on its own: for each header under
include/fluxion, a translation unit that includes only that header is compiled
(with the project's warning flags). New headers are picked up automatically."""
import pathlib
import subprocess
import sys


def main():
    root = pathlib.Path(sys.argv[1])
    command = sys.argv[sys.argv.index('--') + 1:]
    headers = sorted(p for p in (root / 'include' / 'fluxion').rglob('*.hpp'))
    failures = 0
    for h in headers:
        name = h.relative_to(root / 'include').as_posix()
        source = f'#include <{name}>\n#include <{name}>\nint main() {{}}\n'  # twice: include guards work
        r = subprocess.run(command + ['-fsyntax-only', '-x', 'c++', '-'], input=source,
                           capture_output=True, text=True)
        if r.returncode != 0:
            failures += 1
            print(f'FAIL {name}\n{r.stderr}')
        else:
            print(f'ok   {name}')
    print(f'{len(headers) - failures} passed, {failures} failed')
    return 1 if failures or not headers else 0


if __name__ == '__main__':
    sys.exit(main())
