import sys
print("before exit")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
sys.exit(4)
print("not reached")
