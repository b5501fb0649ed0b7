# Mandelbrot set membership on a grid: a tight float loop.


def escapes(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        tr = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = tr
        if zr * zr + zi * zi > 4.0:
            return k
    return limit


def mandelbrot(size: int, limit: int) -> tuple[int, int]:
    inside = 0
    iterations = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            k = escapes(cr, ci, limit)
            iterations += k
            if k == limit:
                inside += 1
    return (inside, iterations)


def main() -> None:
    inside, iterations = mandelbrot(350, 150)
    print(f"inside {inside}, iterations {iterations}")


main()
