words = ['a', 'abc', 'abcdef', '', 'héllo', '日本']
for w in words:
    print(f'[{w}] [{w:5}] [{w:>5}] [{w:^5}] [{w:*<6}] [{w:-^7}] [{w:.2}] [{w:>6.3}] [{w!r}]')
print(f'[{"x":\u00b7^5}] [{"left":<{8}}] [{"right":>{3 + 5}}]')
label = 'Total'
value = 99.5
print(f'{label:.<20}{value:.>10.2f}')
print(f'{label:=^30}')
print(f'{"|":>3}{"|":<3}|')
