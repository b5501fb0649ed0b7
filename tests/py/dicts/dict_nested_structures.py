db = {
    'users': [{'name': 'ann', 'roles': ['admin', 'dev']}, {'name': 'bob', 'roles': []}],
    'settings': {'theme': 'dark', 'size': 12},
}
print(db['users'][0]['roles'][1], len(db['users']), db['settings']['size'])
db['users'].append({'name': 'cy', 'roles': ['dev']})
db['settings']['theme'] = 'light'
print([u['name'] for u in db['users'] if 'dev' in u['roles']])
print(db['settings'])
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    if not t:
        return 1
    total = 0
    for v in t.values():
        total += count_leaves(v)
    return total
print(count_leaves(tree))
