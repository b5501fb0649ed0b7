def http(status):
    match status:
        case 200 | 201 | 204:
            return 'success'
        case 301 | 302:
            return 'redirect'
        case 400:
            return 'bad request'
        case 404:
            return 'not found'
        case code if 500 <= code < 600:
            return 'server error ' + str(code)
        case _:
            return 'unknown'
for s in [200, 204, 302, 400, 404, 503, 600, 0]:
    print(s, http(s))
def kind(x):
    match x:
        case True:
            return 'true'
        case False:
            return 'false'
        case None:
            return 'none'
        case 0:
            return 'zero'
        case 'yes' | 'y':
            return 'affirmative'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case _:
            return 'other'
for v in [True, False, None, 0, 0.0, 1, 'y', 'yes', 'no', -1, 1.5, 3]:
    print(repr(v), kind(v))
