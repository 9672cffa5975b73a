#!/usr/bin/env python3
"""The docs never show output that a test does not check. A block of program
output in docs/ is written as

    <!-- output: chapter1_newton_root -->
    ```text
    ... lines the program prints ...
    ```

Usage: docs_output.py ROOT NAME EXE runs EXE (which must exit 0) and checks that
every block tagged `output: NAME` in README.md and docs/**.md appears in its
standard output as consecutive lines, character for character (trailing spaces
ignored). A tagged block that is not found fails the test and shows the
program's actual lines, so a change in what an example prints cannot leave a
stale table in the docs.

Usage: docs_output.py ROOT --untagged checks the other direction: every
```text block under docs/course/ (and api.md, faq.md) carries an output tag,
so no printed table escapes this test. Tags must name an example that exists."""
import pathlib
import re
import subprocess
import sys

BLOCK = re.compile(r'<!--\s*output:\s*(\S+)\s*-->\s*\n```text\n(.*?)```', re.S)
ANY_TEXT_BLOCK = re.compile(r'```text\n', re.S)


def documents(root):
    return [p for p in [root / 'README.md'] + sorted((root / 'docs').rglob('*.md')) if p.exists()]


def lines(text):
    return [line.rstrip() for line in text.splitlines()]


def check_example(root, name, exe):
    run = subprocess.run([exe], capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        print(f'FAIL {exe} exited with {run.returncode}\n{run.stderr}')
        return 1
    out = lines(run.stdout)
    passed = failed = 0
    for doc in documents(root):
        for tag, block in BLOCK.findall(doc.read_text(encoding='utf-8')):
            if tag != name:
                continue
            want = lines(block)
            if any(out[i:i + len(want)] == want for i in range(len(out) - len(want) + 1)):
                passed += 1
            else:
                failed += 1
                print(f'FAIL {doc.relative_to(root)}: this output block of {name} is not what it prints:\n'
                      + '\n'.join(want) + f'\n--- {name} prints:\n' + '\n'.join(out))
    print(f'{name}: {passed} docs output blocks checked, {failed} failed')
    return 1 if failed else 0


def check_untagged(root):
    examples = {p.stem for p in (root / 'examples').glob('*.cpp')}
    failed = 0
    for doc in documents(root):
        text = doc.read_text(encoding='utf-8')
        tagged = {m.start(2) for m in BLOCK.finditer(text)}
        for tag, _ in BLOCK.findall(text):
            if tag not in examples:
                failed += 1
                print(f'FAIL {doc.relative_to(root)}: output tag names no example: {tag}')
        rel = doc.relative_to(root).as_posix()
        if not (rel.startswith('docs/course/') or rel in ('docs/api.md', 'docs/faq.md')):
            continue
        for m in ANY_TEXT_BLOCK.finditer(text):
            if m.end() not in tagged:
                failed += 1
                line = text.count('\n', 0, m.start()) + 1
                print(f'FAIL {rel}:{line}: a ```text block without an <!-- output: NAME --> tag')
    print(f'untagged output blocks: {failed} failed')
    return 1 if failed else 0


def main():
    root = pathlib.Path(sys.argv[1])
    if sys.argv[2] == '--untagged':
        return check_untagged(root)
    return check_example(root, sys.argv[2], sys.argv[3])


if __name__ == '__main__':
    sys.exit(main())
