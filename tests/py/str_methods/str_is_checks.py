samples = ['', 'a', 'A', 'aB', 'Ab Cd', 'AB CD', 'ab cd', '123', '12a', ' \t\n', '½', '²', '٣', 'ǅ', 'ß', '_', 'a_b', '1abc', 'é']
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), ''.join('1' if f else '0' for f in flags))
