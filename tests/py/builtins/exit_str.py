print('before')
exit('bye now')
print('after')
