class Custom(Exception):
    pass
print('raising')
raise Custom
