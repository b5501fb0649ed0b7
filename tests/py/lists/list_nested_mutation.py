board = [['.' for _ in range(3)] for _ in range(3)]
board[1][1] = 'X'
board[0][2] = 'O'
for row in board:
    print(''.join(row))
cols = [[board[r][c] for r in range(3)] for c in range(3)]
print(cols)
diag = [board[i][i] for i in range(3)]
print(diag)
copy = [list(row) for row in board]
copy[2][0] = 'X'
print(board[2], copy[2])
stack = [[1], [2, 3]]
stack[1].append(4)
stack.append(stack[0])
stack[0].append('shared')
print(stack)
