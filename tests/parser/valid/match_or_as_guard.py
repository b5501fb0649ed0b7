# match with or-patterns, as-patterns and guards.
match event:
    case 1 | 2 | 3:
        pass
    case "a" | "b" as letter:
        pass
    case [x, y] as pair if x > y:
        pass
    case (Click(pos) | Tap(pos)) as ev if ev.valid and pos:
        pass
    case {"k": (1 | 2) as v} if (w := v) > 0:
        pass
    case [(a as b) | (b as a)]:
        pass
    case _ if not event:
        pass
    case _:
        pass
