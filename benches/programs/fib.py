# Recursive Fibonacci: call overhead and small-int arithmetic.
#
# Annotated the way typed Python is; locals are plain assignments for now
# (krait does not run annotated assignments yet).


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    n = 32
    total = 0
    for k in range(3):
        f = fib(n - k)
        print(f"fib({n - k}) = {f}")
        total += f
    print(f"checksum {total}")


main()
