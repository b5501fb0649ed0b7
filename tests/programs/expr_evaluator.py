# A tokenizer (a generator) and a recursive-descent parser building an AST
# of small classes, evaluated with variables, functions and error
# reporting that points at the offending column.
import math


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos


class EvalError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


OPERATORS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "="}


def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise ParseError(f"malformed number {text!r}", start)
            yield Token("num", text, start)
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
        elif c in OPERATORS:
            yield Token("op", c, i)
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    yield Token("end", "", len(src))


class Node:
    def __repr__(self):
        fields = ", ".join(f"{v!r}" for v in vars(self).values())
        return f"{type(self).__name__}({fields})"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise EvalError(f"unknown variable {self.name!r}") from None


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a**b,
    }

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError as e:
            raise EvalError(f"division by zero in {self.op!r}") from e


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


class Call(Node):
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}

    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        if self.name not in self.FUNCS:
            raise EvalError(f"unknown function {self.name}()")
        values = [a.eval(env) for a in self.args]
        try:
            return self.FUNCS[self.name](*values)
        except (ValueError, TypeError) as e:
            raise EvalError(f"{self.name}() failed: {e}") from e


class Assign(Node):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def eval(self, env):
        env[self.name] = value = self.expr.eval(env)
        return value


class Parser:
    """expr := term (('+'|'-') term)* ; term := unary (('*'|'/'|'%') unary)* ;
    unary := '-' unary | power ; power := atom ('^' unary)? ;
    atom := num | name | name '(' args ')' | '(' expr ')'"""

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text):
        if self.tok.text != text:
            found = self.tok.text or "end of input"
            raise ParseError(f"expected {text!r}, found {found!r}", self.tok.pos)
        return self.advance()

    def statement(self):
        if self.tok.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.advance().text
            self.advance()
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        if self.tok.kind != "end":
            raise ParseError(f"unexpected {self.tok.text!r}", self.tok.pos)
        return node

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.advance().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.tok.text in ("*", "/", "%"):
            op = self.advance().text
            node = BinOp(op, node, self.unary())
        return node

    def unary(self):
        if self.tok.text == "-":
            self.advance()
            return Neg(self.unary())
        return self.power()

    def power(self):
        node = self.atom()
        if self.tok.text == "^":
            self.advance()
            node = BinOp("^", node, self.unary())
        return node

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.advance()
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            self.advance()
            if self.tok.text == "(":
                self.advance()
                args = []
                if self.tok.text != ")":
                    args.append(self.expr())
                    while self.tok.text == ",":
                        self.advance()
                        args.append(self.expr())
                self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.advance()
            node = self.expr()
            self.expect(")")
            return node
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.pos)


def run(src, env):
    try:
        tree = Parser(src).statement()
        value = tree.eval(env)
    except ParseError as e:
        print(f"  {src}")
        print(f"  {' ' * e.pos}^ syntax error: {e}")
        return None
    except EvalError as e:
        cause = e.__cause__
        extra = f" (caused by {type(cause).__name__})" if cause else ""
        print(f"  {src!r}: error: {e}{extra}")
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        shown = f"{value:.1f}"
    elif isinstance(value, float):
        shown = f"{value:.6g}"
    else:
        shown = str(value)
    print(f"  {src:<28} => {shown}")
    return value


print(list(tokenize("x1 = (3 + 4.5) * -y")))
print(Parser("1 + 2 * -x ^ 2").statement())
env = {"pi": math.pi, "e": math.e}
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 % 3 + 10 / 4",
    "x = 5",
    "y = x * 2 + 1",
    "sqrt(x * x + y * y)",
    "max(x, y, 3) - min(1, 2)",
    "floor(pi * 100) / 100",
    "r = 2.5",
    "area = pi * r ^ 2",
    "abs(-area)",
    "1 / (x - 5)",
    "sqrt(-1)",
    "foo(1)",
    "z + 1",
    "3 +",
    "(1 + 2",
    "2 * * 3",
    "4 $ 4",
    "1.2.3 + 1",
    "max(1, 2",
    "x y",
    "100000000000 * 100000000000",
]
results = [run(p, env) for p in programs]
ok = [r for r in results if r is not None]
print(f"{len(ok)} ok, {len(results) - len(ok)} failed")
print(sorted((k, round(v, 3)) for k, v in env.items() if k not in ("pi", "e")))
