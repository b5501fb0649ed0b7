def ret():
    try:
        return "from try"
    finally:
        print("finally after return")


print(ret())


def override():
    try:
        return 1
    finally:
        return 2


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(swallow())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
print("after loop")

n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print("while fin", n)


def handler_return():
    try:
        raise KeyError("a")
    except KeyError as e:
        return "handler returned " + repr(e)
    finally:
        print("finally runs")


print(handler_return())


def nested_finally():
    for j in range(2):
        try:
            try:
                return j
            finally:
                print("inner fin", j)
        finally:
            print("outer fin", j)


print(nested_finally())

for k in range(3):
    try:
        raise ValueError(k)
    except ValueError as e:
        if k == 1:
            continue
        print("handled", e)
print("k loop done")
