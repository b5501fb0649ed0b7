words = ['10', '20', 'x', '40']
nums = [int(w) for w in words]
