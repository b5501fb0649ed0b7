C = 1
from _circ_d import D
