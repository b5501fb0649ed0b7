def check(value):
    try:
        if value == 'key':
            {}['missing']
        elif value == 'index':
            [][0]
        elif value == 'zero':
            1 // 0
        elif value == 'type':
            len(5)
        elif value == 'value':
            int('nope')
        elif value == 'name':
            undefined_variable
        elif value == 'attr':
            (5).nothing
        return 'no error'
    except KeyError as e:
        return 'KeyError ' + str(e)
    except IndexError as e:
        return 'IndexError ' + str(e)
    except ZeroDivisionError as e:
        return 'ZeroDivisionError ' + str(e)
    except TypeError as e:
        return 'TypeError ' + str(e)
    except ValueError as e:
        return 'ValueError ' + str(e)
    except NameError as e:
        return 'NameError ' + str(e)
    except AttributeError as e:
        return 'AttributeError ' + str(e)
for v in ['key', 'index', 'zero', 'type', 'value', 'name', 'attr', 'ok']:
    print(v, '->', check(v))
