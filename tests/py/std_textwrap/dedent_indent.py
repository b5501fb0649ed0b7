# dedent common leading whitespace, indent with predicate, shorten.
import textwrap

block = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(block)))
print(textwrap.dedent("  a\n    b\n  c"))
print(repr(textwrap.dedent("\tx\n\ty")), repr(textwrap.dedent("  x\n\ty")), repr(textwrap.dedent("  \n  a")))
print(repr(textwrap.dedent("no indent\n  some")))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\n\nb\n", "+ ", lambda line: True)))
print(textwrap.indent("x\ny\nz", "# ", predicate=lambda l: l.strip() != "y"))
print(textwrap.shorten("Hello  world!   How are you today?", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world", width=10))
print(textwrap.shorten("Lorem ipsum dolor sit amet", width=15, placeholder="..."))
try:
    textwrap.shorten("text", width=3)
except ValueError as e:
    print("ValueError", e)
usage = textwrap.dedent("""\
    usage: tool [options]

      -h  show help
      -v  verbose
""")
print(usage, end="")
