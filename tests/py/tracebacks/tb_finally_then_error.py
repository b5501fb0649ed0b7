def work():
    try:
        print('working')
        return 1 / 0
    finally:
        print('cleanup ran')
work()
