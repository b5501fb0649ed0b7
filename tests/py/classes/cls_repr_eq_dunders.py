class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return 'Card(' + repr(self.rank) + ', ' + repr(self.suit) + ')'
    def __str__(self):
        return str(self.rank) + self.suit
    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit
c1 = Card(10, 'h')
c2 = Card(10, 'h')
c3 = Card('A', 's')
print(c1, repr(c1), str(c3), [c1, c3])
print(c1 == c2, c1 == c3, c1 != c2, c1 != c3, c1 is c2)
print(c2 in [c3, c1], [c1, c2, c3].count(Card(10, 'h')), [c3, c1].index(c2))
print(f'{c1} {c1!r} {c3!s}')
