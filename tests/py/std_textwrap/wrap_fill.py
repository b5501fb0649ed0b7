# textwrap.wrap/fill with width, indents, long words, break_on_hyphens.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump.")
for w in (20, 35, 60):
    lines = textwrap.wrap(text, width=w)
    print(w, len(lines), max(map(len, lines)))
    print("\n".join(lines))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("well-known state-of-the-art tool", width=12))
print(textwrap.wrap("well-known state-of-the-art tool", width=12, break_on_hyphens=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("short"), textwrap.wrap("a\tb", width=20))
print(textwrap.wrap("one\ntwo  three", width=8), textwrap.wrap("x. y", fix_sentence_endings=True))
print(textwrap.wrap("a b c d e f g h", width=5, max_lines=2, placeholder=" ..."))
try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent="> ", drop_whitespace=True)
print(w.fill("reply text that is quoted over multiple lines"))
