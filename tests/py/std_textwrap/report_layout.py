# Formatting a help screen and a paragraph-justified report with textwrap.
import textwrap

OPTIONS = [
    ("-o FILE", "Write the output to FILE instead of standard output, creating it if needed."),
    ("-q", "Quiet."),
    ("--level=N", "Set the verbosity level; higher numbers print more diagnostic messages to stderr."),
]


def help_screen(width=50, col=12):
    out = []
    for flag, desc in OPTIONS:
        lines = textwrap.wrap(desc, width - col)
        out.append(f"  {flag:<{col - 2}}{lines[0]}")
        out.extend(" " * col + line for line in lines[1:])
    return "\n".join(out)


def justify(paragraph, width):
    lines = textwrap.wrap(paragraph, width)
    result = []
    for line in lines[:-1]:
        words = line.split()
        gaps = len(words) - 1
        if gaps == 0:
            result.append(line)
            continue
        spaces = width - sum(map(len, words))
        q, r = divmod(spaces, gaps)
        result.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1])
    result.append(lines[-1])
    return "\n".join(result)


print(help_screen())
para = ("Text justification spreads the spaces between words so that every line but the last "
        "has exactly the requested width, which is how many newspapers lay out columns.")
print(justify(para, 30))
print(all(len(l) == 30 for l in justify(para, 30).splitlines()[:-1]))
