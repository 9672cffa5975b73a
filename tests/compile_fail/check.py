#!/usr/bin/env python3
"""Compile-fail test runner.

Each snippet under tests/compile_fail/ holds a mistake and its compiling twin:

    #ifdef FLUXION_COMPILE_FAIL
        ... the mistake ...
    #else
        ... the same code, done right ...
    #endif

and one or more lines `// expect: <text>` (or `// expect-gcc:` / `// expect-clang:`
for a compiler's own wording). The test passes only if
  1. the twin compiles (so the snippet is otherwise valid code), and
  2. the mistake does not compile, and
  3. the compiler's diagnostic contains every expected text.
It also reports how many lines the diagnostic has (see docs/diagnostics.md).
"""
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 4 or '--' not in sys.argv:
        print('usage: check.py SNIPPET COMPILER_ID -- COMPILER [FLAGS...]')
        return 2
    snippet, compiler_id = sys.argv[1], sys.argv[2]
    command = sys.argv[sys.argv.index('--') + 1:]
    text = open(snippet, encoding='utf-8').read()

    family = 'clang' if 'clang' in compiler_id else 'gcc'
    expected = []
    for key, value in re.findall(r'//\s*expect(-gcc|-clang)?:\s*(.+)', text):
        if key in ('', '-' + family):
            expected.append(value.strip())
    if not expected:
        print(f'{snippet}: no "// expect:" line')
        return 1

    base = command + ['-fsyntax-only', '-x', 'c++', snippet]
    twin = subprocess.run(base, capture_output=True, text=True)
    if twin.returncode != 0:
        print('FAIL: the compiling twin does not compile:\n' + twin.stderr)
        return 1

    bad = subprocess.run(base + ['-DFLUXION_COMPILE_FAIL'], capture_output=True, text=True)
    diagnostic = bad.stdout + bad.stderr
    if bad.returncode == 0:
        print('FAIL: the mistake compiled')
        return 1
    missing = [e for e in expected if e not in diagnostic]
    if missing:
        print('FAIL: diagnostic lacks ' + ', '.join(repr(m) for m in missing) + '\n' + diagnostic)
        return 1
    first = next((line for line in diagnostic.splitlines() if 'error' in line), '')
    print(f'ok: rejected with {len(diagnostic.splitlines())} diagnostic lines; first error: {first}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
