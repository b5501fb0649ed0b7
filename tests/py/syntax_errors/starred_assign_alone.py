# A starred target alone.
x = [1, 2]
*a = x
