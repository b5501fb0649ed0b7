# Modules found through a directory added to sys.path.
import sys
here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, here + "/_lib")
import geometry
print(geometry.total(2))
from shapes import *
print(square(3), circle(1))
import shapes
print(shapes.__all__, shapes.square is square)
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(sys.path[0].endswith("_lib"))
