scores = [0] * 3
for i in range(4):
    scores[i] = i * 10
    print(scores)
