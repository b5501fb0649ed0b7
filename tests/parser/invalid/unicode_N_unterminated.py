s = '\N{SNAKE'
