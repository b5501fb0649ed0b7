words = ["a", "b"]
words.apend("c")
