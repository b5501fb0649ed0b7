# Counting with dicts: str and int keys, dict.get, `in`, items, sorted.

SYLLABLES = ["ka", "ri", "to", "mu", "se", "na", "lo", "pe", "vi", "du"]


def next_rand(state: int) -> int:
    return (state * 1103515245 + 12345) & 0x7FFFFFFF


def make_words(n: int, seed: int) -> list[str]:
    words = []
    state = seed
    for _ in range(n):
        state = next_rand(state)
        a = SYLLABLES[state % 10]
        b = SYLLABLES[(state >> 8) % 10]
        c = SYLLABLES[(state >> 16) % 7]
        if state % 3 == 0:
            words.append(a + b)
        else:
            words.append(a + b + c)
    return words


def count_words(words: list[str]) -> dict[str, int]:
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_ints(n: int, seed: int) -> dict[int, int]:
    counts = {}
    state = seed
    for _ in range(n):
        state = next_rand(state)
        k = state % 5003
        if k in counts:
            # Not `+=`: krait does not run augmented assignment to a
            # subscript yet.
            counts[k] = counts[k] + 1
        else:
            counts[k] = 1
    return counts


def by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def main() -> None:
    words = make_words(750000, 42)
    wc = count_words(words)
    top = sorted(wc.items(), key=by_count)
    print(f"distinct words {len(wc)}, total {sum(wc.values())}")
    for i in range(5):
        w, c = top[i]
        print(f"  {w} {c}")
    ic = count_ints(1000000, 7)
    best = 0
    best_key = -1
    odd_total = 0
    for k, c in ic.items():
        if c > best or (c == best and k < best_key):
            best = c
            best_key = k
        if k % 2 == 1:
            odd_total += c
    keys = sorted(ic)
    print(f"distinct ints {len(ic)}, max {best_key}:{best}, odd {odd_total}")
    print(f"smallest {keys[0]} largest {keys[len(keys) - 1]}")
    merged = {}
    for w, c in wc.items():
        first = w[0]
        merged[first] = merged.get(first, 0) + c
    for k in sorted(merged):
        print(f"  {k}: {merged[k]}")


main()
