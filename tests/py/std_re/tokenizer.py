# A tokenizer built on one alternation of named groups and m.lastgroup.
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKENS))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT"}


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, col


src = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;"""
for tok in tokenize(src):
    print(tok)
try:
    list(tokenize("x := 1 $ 2"))
except RuntimeError as e:
    print("RuntimeError", e)
