stack = []
for c in '([{}])':
    if c in '([{':
        stack.append(c)
    else:
        top = stack.pop()
        print('match', top, c)
print(stack, not stack)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ['()', '([)]', '{[()]}', '((', '', ')(']])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in '+-*/':
            b, a = st.pop(), st.pop()
            st.append(a + b if tok == '+' else a - b if tok == '-' else a * b if tok == '*' else a / b)
        else:
            st.append(int(tok))
    return st[0]
print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('7 2 /'))
