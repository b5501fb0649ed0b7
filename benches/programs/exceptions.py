# An exception-heavy loop: parsing fields that are often malformed
# (ValueError from int()), a user exception hierarchy raised and caught
# through a few frames, `finally` blocks, and exception chaining.


class RecordError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


class EmptyField(RecordError):
    pass


class OutOfRange(RecordError):
    pass


def field(text: str, line: int) -> int:
    if not text:
        raise EmptyField(line, "empty")
    try:
        v = int(text)
    except ValueError as e:
        raise RecordError(line, "not a number") from e
    if v < 0 or v > 1000:
        raise OutOfRange(line, "out of range")
    return v


def parse(row: str, line: int) -> int:
    total = 0
    for part in row.split(","):
        total += field(part, line)
    return total


def make_rows(n: int) -> list:
    rows = []
    for i in range(n):
        k = i % 7
        if k == 0:
            rows.append(f"{i % 100},{i % 13},")
        elif k == 1:
            rows.append(f"{i % 100},x{i % 5}")
        elif k == 2:
            rows.append(f"{i % 2000},{i % 3}")
        else:
            rows.append(f"{i % 100},{i % 17},{i % 5}")
    return rows


def main() -> None:
    rows = make_rows(200000)
    good = 0
    total = 0
    errors = {"EmptyField": 0, "OutOfRange": 0, "RecordError": 0}
    chained = 0
    cleanups = 0
    for line, row in enumerate(rows):
        try:
            total += parse(row, line)
            good += 1
        except RecordError as e:
            errors[type(e).__name__] += 1
            if e.__cause__ is not None:
                chained += 1
        finally:
            cleanups += 1
    print("good", good, "total", total)
    print("errors", errors, "chained", chained, "cleanups", cleanups)


main()
