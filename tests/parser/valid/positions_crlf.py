# Positions with CRLF line endings: columns as CPython counts them after
# translating newlines, including its f-string field columns.
x = f"""{a+'''
xy'''+b}"""
y = f"""{
a+f'''{c}
xy'''+b}"""
z = (a
  + (b))
