# PEP 442: a __del__ may resurrect its object; it is not called again.
graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "- resurrecting")
        graveyard.append(self)


p = Phoenix("p1")
del p
print("graveyard", [x.name for x in graveyard])
graveyard.clear()
print("cleared graveyard: no second __del__")


class Once:
    count = 0

    def __del__(self):
        Once.count += 1
        print("Once del number", Once.count)
        global saved
        saved = self


Once()
print("saved is", type(saved).__name__)
saved = None
print("after dropping saved, count", Once.count)
Once()
saved = 1
print("count", Once.count)
print("end")
