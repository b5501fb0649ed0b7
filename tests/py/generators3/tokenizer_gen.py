# A generator-based tokenizer and recursive-descent evaluator fed by next()/peek buffering.
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            yield ("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif ch in "+-*/()":
            yield ("op", ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    yield ("end", None)


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.current = next(tokens)

    def advance(self):
        tok = self.current
        self.current = next(self.tokens)
        return tok

    def expr(self):
        value = self.term()
        while self.current in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.current in (("op", "*"), ("op", "/")):
            op = self.advance()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value

    def factor(self):
        kind, val = self.advance()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.advance() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")


print(list(tokenize("3 + 4.5*(2 - 1)")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 3", "7 - - 2", "1 +", "2 $ 3", "(1"]:
    try:
        print(f"{src!r} = {Parser(tokenize(src)).expr()}")
    except (SyntaxError, StopIteration) as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
toks = tokenize("12+3")
print(next(toks), next(toks), list(toks))
