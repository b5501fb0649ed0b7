cache = {}
key = [1, 2]
cache[key] = 'value'
