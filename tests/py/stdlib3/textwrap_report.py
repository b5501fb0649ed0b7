# textwrap for a CLI help screen: wrap/fill with indents, dedent/indent, shorten, TextWrapper options.
import textwrap

desc = ("Synchronise the local cache with the remote registry, downloading only the packages "
        "whose checksums differ. Use --force to redownload everything regardless of state.")
print(textwrap.fill(desc, width=40))
print("---")
for line in textwrap.wrap(desc, width=50, initial_indent="  * ", subsequent_indent="    "):
    print(line)
print("---")
options = {"--force": "Redownload every package even if the checksum matches the cached copy.",
           "-v, --verbose": "Print each file as it is processed.",
           "--jobs N": "Number of parallel downloads (default: 4)."}
for opt, text in options.items():
    lines = textwrap.wrap(text, width=36)
    print(f"  {opt:<16}{lines[0]}")
    for more in lines[1:]:
        print(" " * 18 + more)
print("---")
code = """
    def greet(name):
        if name:
            return f"hi {name}"
        return "hi"
"""
plain = textwrap.dedent(code)
print(plain)
print(textwrap.indent(plain.strip(), ">>> "))
print(textwrap.indent("a\n\nb\n", "+ "), end="")
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda l: True), end="")
print(textwrap.shorten(desc, width=60), "|", textwrap.shorten("short text", width=40))
print(textwrap.shorten("Hello  world, this is long", width=15, placeholder=" [...]"))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder=" ...")
print(w.wrap("supercalifragilisticexpialidocious is a very long word indeed and more"))
w2 = textwrap.TextWrapper(width=12, break_on_hyphens=False, expand_tabs=True, tabsize=4)
print(w2.wrap("state-of-the-art\tdesign x"))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10), textwrap.fill("a b c", width=1))
print(textwrap.dedent("  x\n\t y") == "  x\n\t y", repr(textwrap.dedent("   a\n   b\n")))
