def sign(x):
    return 1 if x > 0 else -1 if x < 0 else 0
print([sign(x) for x in [-5, 0, 7, -0.5, 0.0]])
def fizzbuzz(n):
    return 'FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else str(n)
print([fizzbuzz(i) for i in range(1, 21)])
x = 7
print('odd' if x % 2 else 'even', ('big' if x > 5 else 'small').upper(), (x if x < 5 else 5) * 2)
vals = [3, None, 0, 'a', [], [1]]
print([v if v else 'falsy' for v in vals])
print([(lambda: 'yes')() if v else 'no' for v in [1, 0]])
a, b = 3, 9
print(a if a > b else b, max(a, b) == (a if a > b else b))
