# implicit concatenation mixing f-strings, plain strings and u-strings.
x = "plain" f"formatted {a}"
x = f"{a}" "plain"
x = "a" "b" f"{c}" "d" f"{e}"
x = u"unicode" f"{a}"
x = f"{a}" u"unicode"
x = u"first" "second"
x = "" f"" ""
x = f"{a}" f"{b}"
x = (
    "line one "
    f"line two {a} "
    'line three'
)
x = r"raw\n" f"{a}\n" u"\n"
x = """triple""" f'{a}' '''triple'''
x = u"" "" f"{a!r}"
