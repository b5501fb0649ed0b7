# A dying outer generator closes its sub-generator (finalization through
# yield from).
def sub(name):
    try:
        yield name
    finally:
        print('sub finally', name)

def outer(name):
    try:
        yield from sub(name)
    finally:
        print('outer finally', name)

o = outer('one')
print(next(o))
del o
print('after del one')

print(next(outer('temp')))
print('after temp')

def forever():
    i = 0
    while True:
        yield i
        i += 1

def wrap():
    try:
        yield from forever()
    finally:
        print('wrap closed')

for x in wrap():
    if x == 2:
        break
print('after loop')
