# __repr__/__str__/__format__ on a Money type with custom format spec handling.
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(self.currency, "?")
            return f"{sym}{self.cents // 100}"
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(self.cents / 100, spec) + " " + self.currency


m = Money(123456)
e = Money(-995, "EUR")
print(repr(m), str(m), m)
print(f"{m}|{m:short}|{e:short}|{Money(5, 'JPY'):short}")
print(f"{m:,.2f}|{m:>15.1f}|{e:+.3f}")
print(f"{m:>10c}|{e:08c}|{m:_c}")
print("{0!r} {0!s} {0:short}".format(m))
print(format(m), format(e, ".0f"), "%s / %r" % (m, e))
print([str(x) for x in (m, e)], [f"{x:short}" for x in (m, e)])
items = [Money(250), Money(1999), Money(50)]
width = max(len(f"{x:.2f}") for x in items)
for x in items:
    print(f"|{x:>{width + 4}.2f}|")
print(f"{m!r:>30}|{m!s:<20}|")


class Plain:
    pass


try:
    format(Plain(), "x")
except TypeError as err:
    print("TypeError:", err)
plain = Plain()
print(format(plain, "") == str(plain) and "empty spec uses str")


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s" % OnlyRepr())
