# ImportError for a name the module lacks.
try:
    from _basic import nothing_here
except ImportError as e:
    print(e.name, str(e).replace(e.path, "PATH"))
try:
    from sys import no_such_thing
except ImportError as e:
    print(e, e.name, e.path)
from _no_all import missing_name
