#!/usr/bin/env python3
"""Compile-fail test runner.

Each snippet under tests/compile_fail/ holds a mistake and its compiling twin:

    #ifdef FLUXION_COMPILE_FAIL
        ... the mistake ...
    #else
        ... the same code, done right ...
    #endif

and expectation lines (each may be specialised to one compiler's wording by
writing expect-gcc / expect-clang, or expect-first-gcc / expect-first-clang):

    // expect: <text>         the diagnostic contains <text> somewhere;
    // expect-first: <text>   the FIRST error line contains <text>: the line a
                              user reads first must name the mistake.

The first error line is the first line of the compiler's output that has
"error:" in it (g++ and clang++ both print "file:line:col: error: ..."; the
"In instantiation of ..." / "required from ..." context lines before it are
not errors). For clang++ the first note printed after it (past the quoted
source line and its caret) counts as part of it: clang never says why in the error line itself ("constexpr variable 'y'
must be initialized by a constant expression", "no matching function for call
to 'exp'") but always in the note attached to it ("non-constexpr function
'log_of_negative_argument' cannot be used ...", "candidate template ignored:
constraints not satisfied [with T = std::basic_string<char>]"), which is the
next line a user reads. The test passes only if
  1. the twin compiles (so the snippet is otherwise valid code), and
  2. the mistake does not compile, and
  3. the diagnostic contains every `expect` text and the first error line
     every `expect-first` text (at least one `expect-first` must apply), and
  4. the whole diagnostic (stdout + stderr) has at most MAX_LINES lines, or
     the snippet's own `// max-lines-clang: N` (or -gcc) when the length is
     the compiler's constant-evaluation backtrace, one note per call frame
     between the user's call and the failing operation, which no constraint
     of fluxion can shorten (the snippet says so beside the line, and
     docs/diagnostics.md lists every such exception).
It prints the number of lines and the first error line; docs/diagnostics.md
records them per snippet and compiler. `check.py --measure ...` prints the
same without failing on rules 3 and 4 (to measure a raw, unconstrained
version of a mistake for the comparison there).
"""
import re
import subprocess
import sys

MAX_LINES = 30
FIRST_ERROR = re.compile(r'(^|\s)(fatal )?error:')


def expectations(text, kind, family):
    found = []
    for key, value in re.findall(r'//\s*' + kind + r'(-gcc|-clang)?:\s*(.+)', text):
        if key in ('', '-' + family):
            found.append(value.strip())
    return found


def main():
    args = sys.argv[1:]
    measure = bool(args) and args[0] == '--measure'
    if measure:
        args = args[1:]
    if len(args) < 3 or '--' not in args:
        print('usage: check.py [--measure] SNIPPET COMPILER_ID -- COMPILER [FLAGS...]')
        return 2
    snippet, compiler_id = args[0], args[1]
    command = args[args.index('--') + 1:]
    text = open(snippet, encoding='utf-8').read()

    family = 'clang' if 'clang' in compiler_id else 'gcc'
    expected = expectations(text, 'expect', family)
    expected_first = expectations(text, 'expect-first', family)
    if not measure and not expected_first:
        print(f'{snippet}: no "// expect-first:" line for {family}')
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
    lines = diagnostic.splitlines()
    index = next((i for i, line in enumerate(lines) if FIRST_ERROR.search(line)), None)
    first = '' if index is None else lines[index]
    if family == 'clang' and index is not None:
        for line in lines[index + 1:]:  # its first note (after the quoted source line and caret)
            if FIRST_ERROR.search(line):
                break
            if 'note:' in line:
                first += '\n' + line
                break
    own_limit = expectations(text, 'max-lines', family)
    limit = int(own_limit[0].split()[0]) if own_limit else MAX_LINES
    print(f'{len(lines)} diagnostic lines (limit {limit}); first error:\n{first}')
    if measure:
        return 0
    failures = []
    missing = [e for e in expected if e not in diagnostic]
    if missing:
        failures.append('diagnostic lacks ' + ', '.join(repr(m) for m in missing))
    missing_first = [e for e in expected_first if e not in first]
    if missing_first:
        failures.append('first error line lacks ' + ', '.join(repr(m) for m in missing_first))
    if len(lines) > limit:
        failures.append(f'diagnostic has {len(lines)} lines, more than {limit}')
    if failures:
        print('FAIL: ' + '; '.join(failures) + '\n' + diagnostic)
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
