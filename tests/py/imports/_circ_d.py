from _circ_c import C_LATER
D = 2
