def connect(host, port, timeout):
    return f'{host}:{port} ({timeout}s)'
print(connect('h', 1, 5))
print(connect('h', port=1))
