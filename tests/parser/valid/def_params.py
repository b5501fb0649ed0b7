# def parameters: annotations, defaults, positional-only, keyword-only, varargs, return annotations.
def none():
    pass


def annotated(a: int, b: str = "x", *args: tuple, c: float, d: bool = True, **kwargs: dict) -> None:
    pass


def positional_only(a, b, /, c, d=1, *, e, f=2):
    pass


def all_defaults(a=1, b=2, /, c=3, *args, d=4, **kw):
    pass


def po_only(a, /):
    pass


def kw_only(*, a, b: int = 0):
    pass


def star_annotated(*args: "Ts", **kwargs: "Any"):
    pass


def starred_annotation(*args: *Ts):
    pass


def trailing_comma(
    a,
    b,
):
    pass


def trailing_after_kwargs(a, **kw,):
    pass


def complex_annotations(x: list[dict[str, int]] | None = None) -> "tuple[int, ...]":
    return ()


def default_exprs(a=[], b={}, c=lambda: 0, d=(1, 2), e=-1, f=not True):
    pass


def one_liner(x): return x


def gen():
    yield


def docstring():
    """Docstring only."""
