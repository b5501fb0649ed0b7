import sys
first = sys.stdin.readline()
print(repr(first))
n = int(input())
print(n * 2)
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest)
print(repr(sys.stdin.readline()), sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), sys.stdin.readable())
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit, sys.float_info.min)
print(sys.float_info)
