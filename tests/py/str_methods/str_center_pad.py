for w in range(0, 9, 2):
    print(repr('ab'.center(w)), repr('ab'.center(w, '*')), repr('abc'.center(w, '-')), repr('ab'.ljust(w, '.')), repr('ab'.rjust(w, '.')))
for n in ['7', '-7', '+7', '', 'abc', '-', '1.5']:
    print(repr(n.zfill(4)))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
print('|' + 'x'.center(4) + '|' + 'xy'.center(5) + '|' + 'xyz'.center(6) + '|')
print('a\tb'.expandtabs(0), 'ab\tc\n\tx'.expandtabs(3), '12345678\tx'.expandtabs())
