"""A small program: what `krait parse` shows is what CPython's ast.dump shows."""


def greet(name: str, *, excited: bool = False) -> str:
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"


if __name__ == "__main__":
    for who in ["world", "krait"]:
        print(greet(who, excited=who == "krait"))
