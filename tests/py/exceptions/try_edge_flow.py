for i in range(4):
    try:
        try:
            raise ValueError(i)
        finally:
            if i == 1:
                continue
            if i == 2:
                break
    except ValueError as e:
        print("caught", e)
    print("end of", i)
print("after")


def find(items, target):
    for idx in range(len(items)):
        try:
            if items[idx] == target:
                return idx
        except TypeError:
            pass
        finally:
            print("checked", idx)
    return -1


print(find([3, 4, 5], 4))
print(find([3], 9))


def raise_same():
    try:
        raise KeyError("same")
    except KeyError as e:
        raise e


try:
    raise_same()
except KeyError as k:
    print("again", k)


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as r:
    print("recursion:", r)


def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError as t:
            print("inner handled", t)
        raise


try:
    nested_handlers()
except ValueError as v:
    print("outer re-raised", v)

try:
    pass
except Undefined:
    print("never evaluated")
else:
    print("except clause not evaluated")
