__all__ = ["alpha", "gamma"]
alpha = "a"
beta = "b"
gamma = "c"
_delta = "d"
