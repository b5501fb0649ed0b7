# A UTF-8 file with a byte order mark.
s = "été"
x = 1
