import json
tests = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"a\\u12"', '"a\x01"', 'tru', '-', '01', '1.', '1e', '[1] x', '{"a":1 "b":2}', 'NaN', '-Infinity', '[-]', '"\\ud83d\\ude00"', '{"a":[1,{"b":', '\ufeff1', '  \n [1,\n  x]']
for t in tests:
    try:
        print(repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(repr(t), e, e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(3)
except TypeError as e: print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try:
    json.dumps({(1,2):3})
except TypeError as e: print(e)
more = ['{', '{"a"', '{"a":', '{"a":1', '[', '[1', '"\\', '"abc\\"', '"\\u00e9\\u20ac"', '"tab\there"',
        '[1e5, -0.5, 1E-3, 2e+2, -0, 10000000000000000000000]', ' { "k" : [ true , false , null ] } ', '[NaN, Infinity, -Infinity]',
        '{"a": 1, "a": 2}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '-Infinityx', '[1,2', '{"x": {"y": [}}', 'nul', 'falsey', '123abc',
        '1.5e', '.5', '+1', '[01]', '"\x7f"']
for t in more:
    try:
        print(repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(repr(t), e, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)
print(json.loads('"a\tb"', strict=False))
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError))
try:
    json.loads("[1, 2, x]")
except ValueError as e:
    print("ValueError", e, e.doc, e.pos)
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[3]')), json.loads(b'\xef\xbb\xbf[4]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.5, 2, 3.25e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.decode(' {"z": null} '))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
