print("_pkg.leaf:", __name__, __package__)
LEAF = "leaf"


def where():
    return __name__
