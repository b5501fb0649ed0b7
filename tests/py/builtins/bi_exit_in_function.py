def main():
    try:
        print('in main')
        exit(4)
    finally:
        print('finally still runs')
main()
