name = '_tmp_io_binary.bin'
data = bytes(range(256))
with open(name, 'wb') as f:
    print(f.write(data))
    f.write(b'\x00end')
with open(name, 'rb') as f:
    content = f.read()
print(len(content), content[:8], content[-4:], content[255], type(content).__name__)
with open(name, 'rb') as f:
    print(f.read(3), f.read(2), f.read(0))
with open(name, 'wb') as f:
    f.write('héllo\nwörld\n'.encode('utf-8'))
with open(name, 'rb') as f:
    raw = f.read()
print(raw, raw.decode('utf-8'))
with open(name) as f:
    print(f.read())
with open(name, 'rb') as f:
    print(list(f))
with open(name, 'w', encoding='utf-8') as f:
    f.write('ünïcode ✓\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='utf-8') as f:
    print(f.read(), end='')
