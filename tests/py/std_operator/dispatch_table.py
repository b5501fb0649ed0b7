# A calculator using operator functions in a dispatch table (RPN evaluator).
import operator

OPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
    "neg": operator.neg, "abs": operator.abs,
}
UNARY = {"neg", "abs"}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if tok in UNARY:
                stack.append(OPS[tok](stack.pop()))
            else:
                b, a = stack.pop(), stack.pop()
                stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression, stack={stack}")
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "3 neg abs 2 *"]:
    print(f"{e!r:24} = {rpn(e)}")
for bad in ["1 0 /", "1 +", "1 2", "x"]:
    try:
        rpn(bad)
    except (ZeroDivisionError, IndexError, ValueError) as e:
        print(f"{bad!r:24} ! {type(e).__name__}: {e}")
