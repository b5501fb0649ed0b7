# An exception raised deep inside a pipeline of generators propagates
# through every generator frame to the consumer; the uncaught traceback
# lists each stage.


def numbers(text):
    for tok in text.split(","):
        yield int(tok)


def reciprocals(nums):
    for n in nums:
        yield 1 / n


def rounded(vals):
    for v in vals:
        yield round(v, 3)


print(list(rounded(reciprocals(numbers("1,2,4,8")))))
try:
    list(rounded(reciprocals(numbers("1,x"))))
except ValueError as e:
    print(type(e).__name__, e)
total = 0
for value in rounded(reciprocals(numbers("5,3,0,7"))):
    total += value
    print("running total", total)
