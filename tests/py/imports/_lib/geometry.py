from shapes import square, circle
import shapes.square


def total(n):
    return square(n) + circle(n) + shapes.square.area(1)
