# soft keywords (match, case, _) used as ordinary names, and a real match next to them.
match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
match, case = case, match
match * 2
match -1
print(match, case, _)
_ = [_ for _ in range(3)]


def match(case, _=None):
    return case


def case(match):
    return match


class match:
    case = None


import re as match
from x import match, case as _
match: int = 0
case: str
match.case = _
match(match)[match]
match,
match: match


def f(match, case):
    match match:
        case case:
            pass
    match (case):
        case _:
            pass
    match match, case:
        case [match, case]:
            pass
    match {match: case}:
        case {"match": case}:
            pass
    match -match:
        case -1:
            pass
    match not_a_keyword():
        case match.case:
            pass


_()
type = 1
print(type)
