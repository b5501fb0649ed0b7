# sys.argv holds the script name; sys.exit with an int sets the exit status.
import sys

print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("argv_and_exit_code.py"))
print(all(isinstance(a, str) for a in sys.argv))


def main(args):
    if len(args) > 1:
        return 2
    print("no extra arguments")
    return 3


code = main(sys.argv)
print("exiting with", code)
sys.stdout.flush()
sys.exit(code)
print("never printed")
