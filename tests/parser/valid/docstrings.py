"""Module docstring.

With several lines.
"""


def f():
    """Function docstring."""
    return 1


class C:
    '''Class docstring.'''

    def m(self):
        r"""Raw docstring \n."""


async def g():
    """Async docstring."""


def h():
    b"not a docstring, but a bytes expression"
    "a string expression statement"
    f"{an} f-string statement"
    12
