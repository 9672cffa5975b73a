#!/usr/bin/env python3
"""Every C++ code block in README.md and docs/ must be a compiled file: this
test fails if a ```cpp block does not appear, line for line, in a file under
examples/ or tests/ (which the suite builds). Blank lines and indentation are
ignored in the comparison. It also checks that every examples/*.cpp is listed
in examples/meson.build, so that every example is built and run."""
import pathlib
import re
import sys


def normalise(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def main():
    root = pathlib.Path(sys.argv[1])
    sources = [normalise(p.read_text(encoding='utf-8'))
               for folder in ('examples', 'tests') for p in (root / folder).rglob('*')
               if p.suffix in ('.cpp', '.hpp')]
    documents = [root / 'README.md'] + sorted((root / 'docs').rglob('*.md'))
    passed = failed = 0
    for doc in documents:
        if not doc.exists():
            continue
        for block in re.findall(r'```(?:cpp|c\+\+)\n(.*?)```', doc.read_text(encoding='utf-8'), re.S):
            lines = normalise(block)
            found = any(
                any(src[i:i + len(lines)] == lines for i in range(len(src) - len(lines) + 1))
                for src in sources)
            if found:
                passed += 1
            else:
                failed += 1
                print(f'FAIL {doc.relative_to(root)}: code block not found in examples/ or tests/:\n{block}')
    # Every example is built and run by the suite: it must be listed in examples/meson.build.
    listing = (root / 'examples' / 'meson.build').read_text(encoding='utf-8')
    for example in sorted((root / 'examples').glob('*.cpp')):
        if f"'{example.stem}'" in listing:
            passed += 1
        else:
            failed += 1
            print(f'FAIL examples/{example.name} is not in example_names in examples/meson.build')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
