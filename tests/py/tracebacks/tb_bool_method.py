flags = [True, False]
print(flags[0] + flags[1])
print(flags[0].upper())
