# A text adventure as a state machine: rooms and items as classes, a
# command parser dispatching through a decorator-built table, game states
# (exploring, fighting, won, dead) with transitions checked, and a
# scripted walkthrough instead of input().


class GameOver(Exception):
    pass


class InvalidCommand(Exception):
    pass


class Item:
    def __init__(self, name, weight, description):
        self.name = name
        self.weight = weight
        self.description = description

    def __repr__(self):
        return f"<{self.name}>"


class Weapon(Item):
    def __init__(self, name, weight, description, damage):
        super().__init__(name, weight, description)
        self.damage = damage


class Room:
    def __init__(self, name, description, dark=False):
        self.name = name
        self.description = description
        self.dark = dark
        self.exits = {}
        self.items = {}
        self.monster = None
        self.locked = {}

    def connect(self, direction, other, back=None, key=None):
        self.exits[direction] = other
        if key:
            self.locked[direction] = key
        if back:
            other.exits[back] = self


class Monster:
    def __init__(self, name, hp, attack):
        self.name = name
        self.hp = hp
        self.attack = attack

    @property
    def alive(self):
        return self.hp > 0


TRANSITIONS = {
    "exploring": {"exploring", "fighting", "won", "dead"},
    "fighting": {"fighting", "exploring", "dead"},
    "won": set(),
    "dead": set(),
}

COMMANDS = {}


def command(*names, states=("exploring",)):
    def register(fn):
        for n in names:
            COMMANDS[n] = (fn, states)
        return fn

    return register


class Game:
    MAX_WEIGHT = 10

    def __init__(self):
        hall = Room("Hall", "A draughty hall with a dusty rug.")
        library = Room("Library", "Shelves of mouldering books.")
        cellar = Room("Cellar", "It smells of damp.", dark=True)
        vault = Room("Vault", "Gold glitters everywhere!")
        hall.connect("north", library, "south")
        hall.connect("down", cellar, "up")
        cellar.connect("east", vault, "west", key="iron key")
        hall.items["lamp"] = Item("lamp", 2, "An oil lamp, lit.")
        library.items["sword"] = Weapon("sword", 5, "A notched sword.", 4)
        library.items["tome"] = Item("tome", 9, "Far too heavy to carry far.")
        cellar.items["iron key"] = Item("iron key", 1, "A heavy iron key.")
        cellar.monster = Monster("rat king", 9, 3)
        self.room = hall
        self.inventory = {}
        self.hp = 10
        self.state = "exploring"
        self.moves = 0
        self.log = []

    def say(self, text):
        self.log.append(text)
        print("   " + text)

    def set_state(self, new):
        if new not in TRANSITIONS[self.state]:
            raise RuntimeError(f"illegal transition {self.state} -> {new}")
        self.state = new

    def can_see(self):
        return not self.room.dark or "lamp" in self.inventory

    def describe(self):
        if not self.can_see():
            return "It is pitch dark."
        parts = [f"{self.room.name}: {self.room.description}"]
        if self.room.items:
            parts.append("You see: " + ", ".join(sorted(self.room.items)) + ".")
        if self.room.monster and self.room.monster.alive:
            parts.append(f"A {self.room.monster.name} blocks the way!")
        parts.append("Exits: " + " ".join(sorted(self.room.exits)) + ".")
        return " ".join(parts)

    def run(self, line):
        self.moves += 1
        print(f"> {line}")
        verb, _, rest = line.strip().lower().partition(" ")
        try:
            if verb not in COMMANDS:
                raise InvalidCommand(f"I don't know how to {verb!r}.")
            fn, states = COMMANDS[verb]
            if self.state not in states:
                raise InvalidCommand(f"You can't {verb} while {self.state}.")
            fn(self, rest)
        except InvalidCommand as e:
            self.say(str(e))

    @command("look", "l", states=("exploring", "fighting"))
    def look(self, _):
        self.say(self.describe())

    @command("go", "walk")
    def go(self, direction):
        if direction not in self.room.exits:
            raise InvalidCommand(f"There is no way {direction or 'nowhere'}.")
        key = self.room.locked.get(direction)
        if key and key not in self.inventory:
            raise InvalidCommand(f"The way {direction} is locked.")
        self.room = self.room.exits[direction]
        self.say(self.describe())
        if self.room.monster and self.room.monster.alive and self.can_see():
            self.set_state("fighting")
        if self.room.name == "Vault":
            self.set_state("won")
            raise GameOver(f"You found the treasure in {self.moves} moves!")

    @command("take", "get")
    def take(self, name):
        if not self.can_see():
            raise InvalidCommand("You fumble around in the dark.")
        item = self.room.items.get(name)
        if item is None:
            raise InvalidCommand(f"There is no {name} here.")
        load = sum(i.weight for i in self.inventory.values())
        if load + item.weight > self.MAX_WEIGHT:
            raise InvalidCommand(f"The {name} is too heavy ({load}+{item.weight} > {self.MAX_WEIGHT}).")
        self.inventory[name] = self.room.items.pop(name)
        self.say(f"Taken: {item.description}")

    @command("drop")
    def drop(self, name):
        try:
            self.room.items[name] = self.inventory.pop(name)
        except KeyError:
            raise InvalidCommand(f"You have no {name}.") from None
        self.say(f"Dropped {name}.")

    @command("inventory", "i", states=("exploring", "fighting"))
    def show_inventory(self, _):
        items = sorted(self.inventory.values(), key=lambda i: i.name)
        self.say(f"You carry {items or 'nothing'} (hp {self.hp}).")

    @command("attack", "hit", states=("fighting",))
    def attack(self, _):
        monster = self.room.monster
        weapons = [i for i in self.inventory.values() if isinstance(i, Weapon)]
        damage = max((w.damage for w in weapons), default=1)
        monster.hp -= damage
        self.say(f"You hit the {monster.name} for {damage} (it has {max(monster.hp, 0)} left).")
        if not monster.alive:
            self.say(f"The {monster.name} flees squeaking.")
            self.set_state("exploring")
            return
        self.hp -= monster.attack
        self.say(f"The {monster.name} bites you for {monster.attack} (you have {self.hp} left).")
        if self.hp <= 0:
            self.set_state("dead")
            raise GameOver("You have died.")

    @command("flee", states=("fighting",))
    def flee(self, _):
        back = next(iter(sorted(self.room.exits)))
        self.room = self.room.exits[back]
        self.set_state("exploring")
        self.say(f"You flee {back} to the {self.room.name}.")


def play(script):
    game = Game()
    try:
        for line in script:
            game.run(line)
        print(f"-- script ended while {game.state}")
    except GameOver as e:
        print(f"-- {e} (state {game.state}, hp {game.hp})")
    return game


walkthrough = [
    "look", "dance", "go west", "take lamp", "go north", "take tome", "take sword", "take tome",
    "inventory", "go south", "go down", "take iron key", "attack", "look", "attack", "attack",
    "take iron key", "go east",
]
g = play(walkthrough)
print(f"moves={g.moves} log lines={len(g.log)} errors={sum(1 for l in g.log if 'no ' in l.lower() or 'can' in l.lower())}")

doomed = ["go down", "take key", "look", "go up", "take lamp", "go down", "attack", "attack", "attack", "attack"]
g2 = play(doomed)
g3 = play(["take lamp", "go down", "flee", "drop lamp", "drop lamp", "attack", "i"])
try:
    g3.set_state("won")
    g3.set_state("exploring")
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(COMMANDS), len(set(fn for fn, _ in COMMANDS.values())))
