# match with capture and wildcard patterns, and match on tuples/expressions as subject.
match command:
    case x:
        print(x)

match command.split():
    case _:
        pass

match a, b:
    case first, _:
        pass

match *rest, last:
    case _:
        pass

match (yield_value := compute()):
    case name if name:
        pass
    case _:
        pass
