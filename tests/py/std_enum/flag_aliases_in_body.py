from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC
    NONE_OF = READ & WRITE
print(list(Perm), Perm.RW, Perm.ALL, Perm.READ | Perm.WRITE is Perm.RW, Perm.ALL.value, Perm(3))
class Color(IntFlag):
    R = auto()
    G = auto()
    B = auto()
    WHITE = R | G | B
    MIX = R | 8
print(Color.WHITE, int(Color.WHITE), Color.MIX, Color.R in Color.WHITE, [m.name for m in Color])
