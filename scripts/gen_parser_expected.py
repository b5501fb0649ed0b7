#!/usr/bin/env python3
"""Write CPython 3.11's expected results for the parser test corpus.

Usage: scripts/gen_parser_expected.py [--root DIR]

The corpus lives in tests/parser/ (or --root):

  valid/NAME.py    must parse; writes valid/NAME.ast, exactly
                   `ast.dump(ast.parse(open(f, 'rb').read()))` and a newline,
                   and valid/NAME.pos, the same with
                   `include_attributes=True` (line and column positions).
  invalid/NAME.py  must raise SyntaxError (or a subclass); writes
                   invalid/NAME.err, one line:
                   `Class: msg (line L, col C)` from the exception's type name,
                   `.msg`, `.lineno` and `.offset`.

Inputs whose exact bytes matter (line endings, encodings, control
characters) or that are too large to write by hand are (re)written from the
GENERATED table below first, so the corpus can always be rebuilt from this
script. Stale .ast/.pos/.err files with no .py next to them are deleted.

The rendered-error snapshots (tests/snapshots/) are krait's own output,
reviewed and accepted with insta; the .err files are what they are checked
against.

tests/parser_corpus.rs compares krait against the .ast and .err files,
tests/parser_positions.rs against the .pos files. Exits non-zero,
naming the files, when a valid file fails in CPython or an invalid one
parses (or fails with something other than SyntaxError). Must run on
CPython 3.11: other versions parse differently and word errors differently.
"""
import argparse
import ast
import os
import sys
import warnings

GENERATED = {
    # --- valid ---
    "valid/crlf_line_endings.py": (
        b"# CRLF line endings everywhere, including inside triple-quoted strings.\r\n"
        b"x = 1\r\n"
        b"if x:\r\n"
        b'    y = """a\r\n'
        b'b"""\r\n'
        b"    z = (1,\r\n"
        b"         2)\r\n"
        b"w = 1 + \\\r\n"
        b"    2\r\n"
        b"\r\n"
        b"def f():\r\n"
        b'    return "crlf"\r\n'
    ),
    "valid/cr_line_endings.py": (
        b"# Old Mac line endings: a lone CR ends each line.\r"
        b"x = 1\r"
        b"if x:\r"
        b'    y = """a\r'
        b'b"""\r'
        b"z = 2\r"
    ),
    "valid/positions_crlf.py": (
        b"# Positions with CRLF line endings: columns as CPython counts them after\r\n"
        b"# translating newlines, including its f-string field columns.\r\n"
        b"x = f\"\"\"{a+'''\r\n"
        b"xy'''+b}\"\"\"\r\n"
        b"y = f\"\"\"{\r\n"
        b"a+f'''{c}\r\n"
        b"xy'''+b}\"\"\"\r\n"
        b"z = (a\r\n"
        b"  + (b))\r\n"
    ),
    "valid/latin1_coding_cookie.py": (
        b"# -*- coding: latin-1 -*-\n"
        b"# A latin-1 encoded file: the bytes below are not valid UTF-8.\n"
        b's = "caf\xe9 na\xefve \xa9 \xb5"\n'
        b'b = b"caf\\xe9"\n'
        b"r\xe9sum\xe9 = 1\n"
        b"na\xefve = s\n"
    ),
    "valid/coding_cookie_line2.py": (
        b"#!/usr/bin/env python3\n"
        b"# vim: set fileencoding=iso-8859-1 :\n"
        b'"""Coding cookie on the second line, after a shebang."""\n'
        b't = "\xe0 \xe8 \xf1"\n'
    ),
    "valid/utf8_bom.py": (
        b"\xef\xbb\xbf# A UTF-8 file with a byte order mark.\n"
        b's = "\xc3\xa9t\xc3\xa9"\n'
        b"x = 1\n"
    ),
    "valid/utf8_bom_with_cookie.py": (
        b"\xef\xbb\xbf# -*- coding: utf-8 -*-\n"
        b"# BOM together with a matching utf-8 cookie.\n"
        b'x = "\xe2\x82\xac"\n'
    ),
    "valid/tabs_and_formfeeds.py": (
        b"# tab indentation, tabs mixed with spaces consistently, form feeds, tabs inside lines.\n"
        b"if x:\n"
        b"\tif y:\n"
        b"\t\tpass\n"
        b"\telse:\n"
        b"\t\tz = 1\n"
        b"\n"
        b"\n"
        b"def f():\n"
        b"\tx = 1\n"
        b"\tif x:\n"
        b"\t    return x\t# tab before comment\n"
        b"\treturn\t0\n"
        b"\n"
        b"\n"
        b"class C:\n"
        b"\tdef m(self):\n"
        b"\t        return 1\n"
        b"\n"
        b"\x0c\n"
        b"def g():\n"
        b"    pass\n"
        b"\x0cy = 2\n"
        b"w = [\n"
        b"\t1,\n"
        b"\t\t2,\n"
        b"  ]\n"
    ),
    "valid/no_trailing_newline.py": b"x = 1\nif x:\n    y = 2",
    "valid/only_comments.py": b"# only comments and blank lines\n\n   \n\t\n# end",
    "valid/empty.py": b"",
    "valid/nesting_limits.py": (
        "\n".join(
            [
                "# nesting limits that CPython still accepts: deep brackets and deep indentation.",
                "x = " + "(" * 199 + "1" + ")" * 199,
                "y = " + "[" * 100 + "]" * 100,
                "z = " + "-" * 100 + "1",
                "w = " + " + ".join(["a"] * 300),
            ]
            + ["    " * d + f"if c{d}:" for d in range(90)]
            + ["    " * 90 + "pass"]
        )
        + "\n"
    ).encode(),
    # --- invalid ---
    "invalid/too_many_nested_parentheses.py": b"(" * 100_000 + b"\n",
    "invalid/too_many_indentation_levels.py": (
        "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n"
    ).encode(),
    "invalid/unknown_encoding.py": b"# -*- coding: no-such-codec -*-\nx = 1\n",
    "invalid/invalid_utf8.py": b"# no coding cookie, so this must be UTF-8\nx = '\xff'\n",
    "invalid/cookie_mismatch_bom.py": b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n",
    "invalid/invalid_non_printable_character.py": b"x = 1\x01\n",
    "invalid/inconsistent_tabs_spaces.py": b"if x:\n        a = 1\n\tb = 2\n",
}


def parse(data):
    with warnings.catch_warnings():
        # Invalid escapes like "\d" only warn; they must not become errors.
        warnings.simplefilter("ignore")
        return ast.parse(data)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.join(here, "..", "tests", "parser"))
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_parser_expected.py needs CPython 3.11, not {sys.version.split()[0]}")

    root = os.path.normpath(args.root)
    for rel, data in GENERATED.items():
        path = os.path.join(root, rel)
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path, "wb") as f:
            f.write(data)

    problems = []
    counts = {}
    for kind, suffix in (("valid", ".ast"), ("invalid", ".err")):
        folder = os.path.join(root, kind)
        names = sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py"))
        wanted = (".ast", ".pos") if kind == "valid" else (".err",)
        for f in sorted(os.listdir(folder)):
            stem, ext = os.path.splitext(f)
            if ext in (".ast", ".pos", ".err") and (ext not in wanted or stem not in names):
                os.remove(os.path.join(folder, f))
        for name in names:
            path = os.path.join(folder, name + ".py")
            with open(path, "rb") as f:
                data = f.read()
            try:
                module = parse(data)
            except SyntaxError as e:
                if kind == "valid":
                    problems.append(f"{path}: expected to parse, got {type(e).__name__}: {e}")
                    continue
                write(
                    os.path.join(folder, name + suffix),
                    f"{type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})\n",
                )
            except ValueError as e:
                problems.append(f"{path}: ValueError, not SyntaxError: {e}")
                continue
            else:
                if kind == "invalid":
                    problems.append(f"{path}: expected a SyntaxError, but it parses")
                    continue
                write(os.path.join(folder, name + suffix), ast.dump(module) + "\n")
                write(
                    os.path.join(folder, name + ".pos"),
                    ast.dump(module, include_attributes=True) + "\n",
                )
            counts[kind] = counts.get(kind, 0) + 1

    print(f"{counts.get('valid', 0)} valid, {counts.get('invalid', 0)} invalid written under {root}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
