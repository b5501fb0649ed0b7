# Lists: building, sorting with and without keys, a hand-written merge sort.


def random_ints(n: int, seed: int) -> list[int]:
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state % 1000000)
    return out


def merge_sort(xs: list[int]) -> list[int]:
    n = len(xs)
    src = list(xs)
    dst = [0] * n
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                if src[i] <= src[j]:
                    dst[k] = src[i]
                    i += 1
                else:
                    dst[k] = src[j]
                    j += 1
                k += 1
            while i < mid:
                dst[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                dst[k] = src[j]
                j += 1
                k += 1
            lo += 2 * width
        tmp = src
        src = dst
        dst = tmp
        width *= 2
    return src


def last_digit_key(x: int) -> tuple[int, int]:
    return (x % 10, x)


def checksum(xs: list[int]) -> int:
    h = 0
    for x in xs:
        h = (h * 1000003 + x) & 0xFFFFFFFF
    return h


def main() -> None:
    xs = random_ints(200000, 1)
    a = sorted(xs)
    b = merge_sort(xs)
    print(f"sorted {checksum(a)} merge {checksum(b)} equal {a == b}")
    c = sorted(xs, key=last_digit_key)
    print(f"keyed {checksum(c)} first {c[0]} last {c[len(c) - 1]}")
    d = list(xs)
    d.sort(reverse=True)
    d.reverse()
    print(f"reverse {checksum(d)} {d == a}")


main()
