raise ValueError('several', 'args', 3)
