# string literals: quotes, raw, triple-quoted, prefixes, implicit concatenation.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = """multi
line
string"""
f = r'raw \n \t \\'
g = R"RAW \d"
h = u'unicode prefix'
i = U"UNICODE PREFIX"
j = 'implicit' "concatenation" '''of''' """four"""
k = ("across"
     "lines")
l = ''
m = ""
n = """"""
o = '"'
p = "'"
q = """ "quoted" """
r = ''' 'quoted' '''
s = r'\''
t = r"\""
u = """ends with quote\""""
v = 'it\'s'
w = "non-ascii: é ü 中文 🐍"
x = """line \
continued"""
y = r"""raw
triple"""
z = "tab	inside"
