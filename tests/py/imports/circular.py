# A circular import: the partially initialised module is visible.
import _circ_a
print(_circ_a.from_a())
print(_circ_a._circ_b.B, _circ_a.A)
