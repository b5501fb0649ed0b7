opts = {'verbose': True}
print(opts.pop('verbose'))
opts.pop('verbose')
