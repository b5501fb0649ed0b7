print("_circ_b start")
import _circ_a
print("_circ_b sees partially initialized A =", _circ_a.A)
B = "b"


def from_b():
    return "from_b sees " + _circ_a.A
