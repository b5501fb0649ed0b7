#!/usr/bin/env python3
"""Write runtime/src/dir_tables.rs: `dir()` of CPython 3.11's built-in
types (the names `dir(x)` lists for a value `x` of that type, and what a
user class inherits from them), so krait's `dir` prints the same lists."""
import os
import sys
import types

if sys.version_info[:2] != (3, 11):
    sys.exit(f"gen_dir_tables.py needs CPython 3.11, not {sys.version.split()[0]}")


def gen():
    yield 1


samples = {
    "object": object(),
    "int": 1,
    "bool": True,
    "float": 1.0,
    "complex": 1j,
    "str": "",
    "bytes": b"",
    "bytearray": bytearray(),
    "list": [],
    "tuple": (),
    "dict": {},
    "set": set(),
    "frozenset": frozenset(),
    "range": range(1),
    "slice": slice(1),
    "NoneType": None,
    "function": gen,
    "generator": gen(),
    "type": type,
    "BaseException": BaseException(),
    "property": property(),
    "staticmethod": staticmethod(gen),
    "classmethod": classmethod(gen),
    "module": types,
    "list_iterator": iter([]),
    "tuple_iterator": iter(()),
    "str_ascii_iterator": iter(""),
    "str_iterator": iter("\u00e9"),
    "range_iterator": iter(range(0)),
    "set_iterator": iter(set()),
    "builtin_function_or_method": len,
    "enumerate": enumerate([]),
    "zip": zip(),
    "map": map(len, []),
    "filter": filter(None, []),
    "dict_keys": {}.keys(),
    "dict_values": {}.values(),
    "dict_items": {}.items(),
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runtime", "src", "dir_tables.rs")
with open(out, "w") as f:
    f.write("//! `dir()` of CPython 3.11's built-in types, written by\n")
    f.write("//! scripts/gen_dir_tables.py (do not edit).\n\n")
    f.write("/// (type name, the sorted names `dir` lists for its values).\n")
    f.write("pub const DIR_TABLE: &[(&str, &[&str])] = &[\n")
    for name, v in samples.items():
        names = dir(type(v)) if name == "module" else dir(v)
        if name == "module":
            names = dir(types.ModuleType)
        f.write(f"    (\n        {name!r},\n        &[\n".replace("'", '"'))
        for n in names:
            f.write(f'            "{n}",\n')
        f.write("        ],\n    ),\n")
    f.write("];\n\n")
    # The names each built-in class defines itself (`cls.__dict__`), in
    # its dict's order.
    f.write("/// (type name, the names in its `__dict__`, in order).\n")
    f.write("pub const OWN_DICT_TABLE: &[(&str, &[&str])] = &[\n")
    for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
              frozenset, range, slice, type, BaseException, Exception):
        f.write(f'    (\n        "{t.__name__}",\n        &[\n')
        for n, v in t.__dict__.items():
            # A name bound to None (`list.__hash__`) is marked so.
            mark = "=None" if v is None else ""
            f.write(f'            "{n}{mark}",\n')
        f.write("        ],\n    ),\n")
    f.write("];\n\n")
    # The builtins namespace in its dict order: the last candidates for a
    # NameError's "Did you mean" (the order decides ties).
    import builtins

    f.write("/// The names of CPython 3.11's `builtins` module, in its dict's order.\n")
    f.write("pub const BUILTINS_ORDER: &[&str] = &[\n")
    for n in builtins.__dict__:
        f.write(f'    "{n}",\n')
    f.write("];\n")
print("wrote", os.path.normpath(out))
