class Stack:
    """A simple stack."""
    created = 0
    def __init__(self, items=None):
        self.items = list(items) if items else []
        Stack.created += 1
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError('pop from empty Stack')
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f'Stack({self.items})'
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, Stack.created)
t = Stack([9])
print(t, Stack.created, Stack.__doc__, Stack.__name__)
while s:
    print('popped', s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(bool(s), bool(t), isinstance(s, Stack))
