# classmethod vs staticmethod: alternate constructors, inheritance, access via instance.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, s, sep="-"):
        y, m, d = map(int, s.split(sep))
        return cls(y, m, d)

    @classmethod
    def from_day_of_year(cls, year, n):
        month = 1
        while n > cls.days_in_month(year, month):
            n -= cls.days_in_month(year, month)
            month += 1
        return cls(year, month, n)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in_month(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    def valid(self):
        return 1 <= self.month <= 12 and 1 <= self.day <= self.days_in_month(self.year, self.month)

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class EuroDate(Date):
    @classmethod
    def from_string(cls, s, sep="/"):
        d, m, y = map(int, s.split(sep))
        return cls(y, m, d)

    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d1 = Date.from_string("2024-02-29")
d2 = EuroDate.from_string("31/12/1999")
d3 = EuroDate.from_day_of_year(2021, 210)
print(d1, d2, str(d2), d3, d1.valid(), d2.valid())
print(Date.from_string("2023-02-29").valid(), Date(2000, 2, 29).valid(), Date(1900, 2, 29).valid())
print([y for y in range(1896, 1912) if Date.is_leap(y)])
print(d1.is_leap(2024), d2.days_in_month(2023, 4), EuroDate.days_in_month(2024, 2))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__.__name__)
print(d1.from_string.__func__ is Date.__dict__["from_string"].__func__)
f = Date.__dict__["is_leap"]
print(f(2000), f.__func__(1999), callable(f))
methods = [m for m in ("from_string", "from_day_of_year", "is_leap", "valid") if callable(getattr(EuroDate, m))]
print(methods)
print(sorted({Date.days_in_month(2021, m) for m in range(1, 13)}))
