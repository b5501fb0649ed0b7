raise ValueError('ünïcødé ✓ message — 日本')
