import textwrap

text = ("The quick brown fox jumps over the lazy dog.  It was a   bright cold day in April, "
        "and the clocks were striking thirteen. Supercalifragilisticexpialidocious-words-with-hyphens here.")
for w in [10, 20, 35, 70]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", 20), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a\tb\tc", 10), textwrap.wrap("a\tb", 10, expand_tabs=False), textwrap.wrap("x\ny\n\nz", 5))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap("Hello.  World.  Yes", 40, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six", 12, max_lines=2))
print(textwrap.wrap("one two three four five six", 12, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("well-known e-mail re-use", 6))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, this is a long sentence", width=20, placeholder="..."))
print(repr(textwrap.shorten("   ", 10)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 5, max_lines=1, placeholder=" [long placeholder]")
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\n  b\n   \n")))
print(repr(textwrap.dedent("\ta\n\t  b")), repr(textwrap.dedent(" a\n\tb")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=12, initial_indent="> ")
print(w.wrap("alpha beta gamma delta"), w.fill("x y"))
