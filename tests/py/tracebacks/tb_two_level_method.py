class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def next_char(self):
        ch = self.text[self.pos]
        self.pos = self.pos + 1
        return ch
    def read_all(self):
        out = []
        while True:
            out.append(self.next_char())
            print(''.join(out))
p = Parser('abc')
p.read_all()
