print('working')
exit('fatal: something went wrong')
