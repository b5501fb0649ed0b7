class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __contains__(self, s):
        return s.lower() in [x.lower() for x in self.songs]
    def __getitem__(self, i):
        return self.songs[i]
    def __repr__(self):
        return f'Playlist({len(self)} songs)'
p = Playlist('Intro', 'Song A', 'Outro')
print(len(p), bool(p), bool(Playlist()), list(p), 'song a' in p, 'b' in p, p[0], p[-1], p[1:], p)
for i, s in enumerate(p):
    print(i, s)
print(sorted(p), max(p, key=len), [s.upper() for s in p], dict(enumerate(p)))
a, b, c = p
print(a, b, c)
print(*p, sep=' / ')
