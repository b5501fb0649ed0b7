# Template-method pattern with ABC: subclasses fill in the abstract steps.
from abc import ABC, abstractmethod


class Report(ABC):
    def render(self, rows):
        out = [self.header()]
        out += [self.row(r) for r in rows]
        out.append(self.footer(len(rows)))
        return "\n".join(out)

    @abstractmethod
    def header(self):
        raise NotImplementedError

    @abstractmethod
    def row(self, r):
        raise NotImplementedError

    def footer(self, n):
        return f"({n} rows)"


class CsvReport(Report):
    def header(self):
        return "name,qty"

    def row(self, r):
        return ",".join(map(str, r))


class TableReport(Report):
    def header(self):
        return f"{'NAME':<8}{'QTY':>5}"

    def row(self, r):
        return f"{r[0]:<8}{r[1]:>5}"

    def footer(self, n):
        return "-" * 13 + "\n" + super().footer(n)


class Broken(Report):
    def header(self):
        return super().header()

    def row(self, r):
        return str(r)


data = [("apple", 3), ("kiwi", 12)]
print(CsvReport().render(data))
print(TableReport().render(data))
try:
    Broken().render(data)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
