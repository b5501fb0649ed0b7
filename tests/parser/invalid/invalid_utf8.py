# no coding cookie, so this must be UTF-8
x = 'ÿ'
