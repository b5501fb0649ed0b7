print('x')
exit()
