print('about to exit')
exit(3)
print('not reached')
