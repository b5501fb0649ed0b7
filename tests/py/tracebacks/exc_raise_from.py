raise TypeError("x") from ValueError("cause")
