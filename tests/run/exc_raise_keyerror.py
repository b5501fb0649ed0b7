raise KeyError("missing")
