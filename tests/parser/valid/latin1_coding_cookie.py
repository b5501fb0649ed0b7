# -*- coding: latin-1 -*-
# A latin-1 encoded file: the bytes below are not valid UTF-8.
s = "café naïve © µ"
b = b"caf\xe9"
résumé = 1
naïve = s
