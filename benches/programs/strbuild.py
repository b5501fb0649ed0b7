# String building: f-strings, str.join, +=, and common str methods.


WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def render_row(i: int, name: str, score: float) -> str:
    return f"{i:>6}|{name:<8}|{score:10.3f}|{i % 97:02d}"


def build_table(n: int) -> str:
    rows = []
    for i in range(n):
        name = WORDS[i % len(WORDS)]
        rows.append(render_row(i, name, i * 1.25 / 7.0))
    return "\n".join(rows)


def concat(n: int) -> str:
    # `+=` builds short pieces that are then joined: appending to one long
    # string is quadratic wherever str is immutable and not resized in place.
    lines = []
    line = ""
    for i in range(n):
        line += WORDS[i % 8]
        line += str(i)
        if i % 10 == 9:
            lines.append(line + ";")
            line = ""
    lines.append(line)
    return "".join(lines)


def transform(text: str) -> int:
    total = 0
    for line in text.split("\n"):
        parts = line.split("|")
        name = parts[1].strip()
        upper = name.upper()
        if upper.startswith("E"):
            total += len(upper)
        total += len(line.replace("a", "aa"))
        total += line.find("9") + line.count("1")
        if name.endswith("a"):
            total += 1
    return total


def words_csv(n: int) -> str:
    out = []
    for i in range(n):
        w = WORDS[(i * 7) % 8]
        out.append(w.capitalize() + "-" + str(i * i % 1000))
    return ",".join(out)


def main() -> None:
    table = build_table(150000)
    print(f"table {len(table)} {table.count('a')}")
    s = concat(500000)
    print(f"concat {len(s)} {s.count(';')} {s.count('7')}")
    print(f"transform {transform(table)}")
    csv = words_csv(300000)
    print(f"csv {len(csv)} {len(csv.split(','))} {csv.lower().count('alpha')}")


main()
