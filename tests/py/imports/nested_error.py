# An exception raised in an imported module's function: the traceback
# names each module's file and line.
import _deep


def main():
    return _deep.level2(5)


print(_deep.level2(1))
main()
