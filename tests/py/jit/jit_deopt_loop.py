# A hot loop whose body raises and catches an exception on every
# iteration: in compiled code each raise leaves for the interpreter
# (deoptimization). The rest of that frame must then stay in the
# interpreter, not re-enter compiled code at the next back edge from
# inside the deoptimization (which nested one native run per iteration
# and overflowed the Rust stack after ~150,000 of them).


def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def main(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError as e:
            caught += 1
            total -= e.args[0]
    return caught, total


print(main(300000))


def parse(words):
    good = 0
    for w in words:
        try:
            good += int(w)
        except ValueError:
            good -= 1
    return good


print(parse(["1", "x", "22", "y"] * 60000))
