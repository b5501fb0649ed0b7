print('before exit')
exit()
print('never')
