# Instantiating a class that still has an abstract method, from inside a
# factory function: the TypeError propagates uncaught with the traceback.
from abc import ABC, abstractmethod


class Exporter(ABC):
    @abstractmethod
    def export(self, rows):
        ...

    @abstractmethod
    def extension(self):
        ...


class CsvExporter(Exporter):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

    def extension(self):
        return ".csv"


class HalfDone(Exporter):
    def export(self, rows):
        return str(rows)


def make(kind):
    classes = {"csv": CsvExporter, "half": HalfDone}
    return classes[kind]()


e = make("csv")
print(e.export([(1, 2), (3, 4)]), e.extension())
print(sorted(HalfDone.__abstractmethods__))
make("half")
