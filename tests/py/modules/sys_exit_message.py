import sys


def main():
    print("working")
    sys.exit("fatal: something went wrong")


if __name__ == "__main__":
    main()
