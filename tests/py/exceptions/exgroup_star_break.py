# break in an except* block is a SyntaxError.
for i in range(2):
    try:
        pass
    except* ValueError:
        break
