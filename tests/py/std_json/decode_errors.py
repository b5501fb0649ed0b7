# JSONDecodeError messages with line/column positions for malformed input.
import json

bad_docs = [
    "",
    "{",
    '{"a": 1,}',
    "[1, 2",
    "{'single': 1}",
    '{"a" 1}',
    "tru",
    "[1] x",
    '"unterminated',
    '{"a": 1}\n{"b": 2}',
    "[01]",
    '"\\x"',
    "{\n  \"a\": [1,\n    2,,\n  ]\n}",
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print("parsed?!", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
