print("_circ_a start")
A = "a"
import _circ_b
print("_circ_a end, sees B =", _circ_b.B)


def from_a():
    return "from_a + " + _circ_b.from_b()
