# Undo history via deepcopy snapshots of a nested game state.
import copy


class Board:
    def __init__(self):
        self.grid = [["." for _ in range(3)] for _ in range(3)]
        self.history = []
        self.players = {"X": {"moves": []}, "O": {"moves": []}}

    def play(self, who, r, c):
        self.history.append(copy.deepcopy((self.grid, self.players)))
        self.grid[r][c] = who
        self.players[who]["moves"].append((r, c))

    def undo(self):
        self.grid, self.players = self.history.pop()

    def show(self):
        return "/".join("".join(row) for row in self.grid)


b = Board()
b.play("X", 0, 0)
b.play("O", 1, 1)
b.play("X", 2, 2)
print(b.show(), b.players)
b.undo()
print(b.show(), b.players)
b.undo()
print(b.show(), b.players, len(b.history))
b.play("O", 0, 2)
print(b.show(), b.players)
snapshot = copy.deepcopy(b)
b.play("X", 1, 0)
print(b.show(), snapshot.show(), len(snapshot.history), len(b.history))
print(snapshot.history[0][0] is not b.history[0][0], snapshot.history[0][0] == b.history[0][0])
