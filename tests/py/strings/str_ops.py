s = "hello"
t = "world"
print(s + " " + t, s * 3, 3 * s, s * 0, s * -2, "" * 5)
print(s[0], s[-1], s[4], s[-5], len(s), len(""), len("héllo"))
print(s < t, s > t, s == "hello", s != "hello", "a" < "B", "Z" < "a")
print("abc" < "abcd", "abc" <= "abc", "" < "a", "ab" >= "b")
print("é" > "z", "日本" < "日本語", "x" in "xyz", "ab" not in "xyz", "" in "")
print(repr(s), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\tnew\nline\\"), repr("\x00\x7f"), repr("é\u200b"))
print(str(12), str(-3.5), str(None), str(True), str((1, "a")), repr([1, "a"]))
u = "日本語"
print(u[1], u[-1], len(u), u * 2)
