# tab indentation, tabs mixed with spaces consistently, form feeds, tabs inside lines.
if x:
	if y:
		pass
	else:
		z = 1


def f():
	x = 1
	if x:
	    return x	# tab before comment
	return	0


class C:
	def m(self):
	        return 1


def g():
    pass
y = 2
w = [
	1,
		2,
  ]
