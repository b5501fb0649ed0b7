# nested f-strings, nested format specs, and f-strings in complex positions.
f"{f'{x}'}"
f"""{f'{f"{x}"}'}"""
f"{x:{y}{z}}"
f"{value:{fill}{align}{width}}"
f"{'{'}"
f"{'}'}"
f"result: {[f'{i:02d}' for i in range(3)]}"
f"{ {'a': 1}['a'] }"
f"{ {1, 2} }"
f"{x!r:{width}}"
f"{obj.attr!s:>{n}.{m}f}"
print(f"{a}" f"{b}")
x = f"{x:{'{'}}}}"
y = f"{d[f'{k}']}"
z = f"""{
    x
}"""
