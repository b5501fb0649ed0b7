# number literals directly followed by keywords (accepted by the 3.11 tokenizer), and other tight spacing.
x = 1if y else 2
x = [0x1for x in y]
x = 1or 2
x = 0b1and 1
x = 1.0if y else 2.0
x = 1jif y else 2j
x = 0o7in y
x = 1is 1
x = 1not in y
x = (1)if(y)else(2)
x=1;y=2
x=[1,2][0]
x=a[1:2:3]*-1
x = 1 .__class__
x = 1..__class__
x = 1e5.real
x = 0xf.real
