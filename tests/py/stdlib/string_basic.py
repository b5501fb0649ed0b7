import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords(" a-b c-d ", "-"), string.capwords("ÉTÉ été"), string.capwords(""))
t = string.Template("$who likes $what, ${who}s pay $$5 for $what")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "x", "what": "y"}, what="kw"))
print(t.safe_substitute(who="bo"), t.safe_substitute())
print(t.template, t.get_identifiers(), t.is_valid())
for tpl, kw in [("$who and $missing", {"who": 1}), ("bad $ here", {}), ("line\n  $1x", {}), ("${unclosed", {}), ("$", {})]:
    try:
        print(string.Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(string.Template(tpl).safe_substitute(**kw), string.Template(tpl).is_valid())
print(string.Template("$a$b ${c}d $_x1 $é").safe_substitute(a=1, b=2, c=3, _x1=4))


class Percent(string.Template):
    delimiter = "%"


print(Percent("%x costs %%%y").substitute(x="tea", y=5))
print(string.Formatter().format("{0}-{x}", 1, x=2))
