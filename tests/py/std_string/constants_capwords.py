# string module constants and capwords.
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.capwords("hello   world  from python"), string.capwords("a-b c-d", "-"))
print(string.capwords("  leading and trailing  "), repr(string.capwords("")))


def is_identifier_like(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)


print([is_identifier_like(s) for s in ["abc", "_x1", "1abc", "a-b", ""]])


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print("".join(c for c in "a1!b2?c3" if c not in string.punctuation + string.digits))
print(sum(c in string.hexdigits for c in "deadBEEFxyz"))
