"""Rust source literals for the generator scripts (gen_*_cases.py)."""


def rust_str(s):
    """`s` as a Rust string literal: printable ASCII as is, the rest as
    `\\u{...}` escapes."""
    out = ['"']
    for ch in s:
        cp = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif 0x20 <= cp < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % cp)
    out.append('"')
    return "".join(out)
