# non-ASCII identifiers, including ones changed by NFKC normalisation.
café = 1
π = 3.14159
変数 = "japanese"
переменная = "russian"
Σ = sum
ﬁle = open        # U+FB01 LATIN SMALL LIGATURE FI normalises to "file"
ℌ = 1             # U+210C BLACK-LETTER CAPITAL H normalises to "H"
ｘ = 2             # FULLWIDTH x normalises to "x"
µ = 3             # U+00B5 MICRO SIGN normalises to U+03BC
ǅ = 4             # titlecase digraph normalises to "Dž"
名前.属性 = ﬁle
Ω.ﬁeld = ℌ


def ƒunction(ăргумент, *ɐrgs, ķ=1, **ǩw):
    return ăргумент


class Ünïcödé:
    ﬁeld: int = 0


import ﬁle.ﬂow as ﬃ
from ℌ import ℌ as ﬁ
_π = __π__ = π_2 = 1
