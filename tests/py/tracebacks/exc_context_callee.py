def cleanup(n):
    if n > 1:
        return n // 0
    return n


try:
    raise ValueError("work failed")
except ValueError as err:
    print("handling", err)
    cleanup(2)
