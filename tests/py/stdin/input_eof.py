# input() at the end of standard input raises EOFError.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOF:", e)
        break
print(lines)
input("prompt> ")
