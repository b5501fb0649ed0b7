def build(tag, *children, **attrs):
    attr_s = ''.join(f' {k}="{v}"' for k, v in attrs.items())
    return f'<{tag}{attr_s}>' + ''.join(children) + f'</{tag}>'
print(build('p'))
print(build('p', 'hello', ' world'))
print(build('a', 'link', href='/x', id='main'))
print(build('div', build('span', 'a'), build('span', 'b'), cls='row'))
def merge(**kw):
    return kw
print(merge(a=1, b=2), merge(**{'x': 1}, y=2), merge())
def passthrough(*a, **k):
    return merge(**k), len(a)
print(passthrough(1, 2, z=3))
try:
    merge(1)
except TypeError as e:
    print('TypeError', e)
try:
    merge(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError', e)
