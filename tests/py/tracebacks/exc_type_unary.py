x = "abc"
print(-5, ~5)
print(-x)
