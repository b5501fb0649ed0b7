# string.Template: substitute, safe_substitute, $$ escapes, errors, subclassing.
import string

t = string.Template("Hello $name, you owe $$${amount} (${name}x)")
print(t.substitute(name="Ann", amount=5))
print(t.substitute({"name": "Bob", "amount": 7.5}))
print(t.substitute({"name": "Cy"}, amount=1, extra="ignored"))
print(t.safe_substitute(name="Dee"))
print(t.template)
try:
    t.substitute(name="Eve")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b").safe_substitute(a=1), string.Template("$ 5").safe_substitute())
print(string.Template("${x}y $x.z").substitute(x="V"))


class Percent(string.Template):
    delimiter = "%"


print(Percent("%who likes %%what").substitute(who="Ann"))
print(string.Template("$a $b").get_identifiers(), string.Template("$a $$b").is_valid())
