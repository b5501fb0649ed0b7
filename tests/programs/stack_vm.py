# A bytecode VM: an assembler with labels (two passes), a stack machine
# with calls and frames, a disassembler, a tracing mode through a
# context manager, and runtime errors reported with the instruction
# pointer.


class VMError(Exception):
    def __init__(self, msg, ip=None):
        super().__init__(msg if ip is None else f"{msg} at ip={ip}")
        self.ip = ip


class AsmError(Exception):
    pass


OPCODES = {
    "push": 1, "pop": 0, "dup": 0, "swap": 0, "over": 0,
    "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "neg": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
    "jmp": 1, "jz": 1, "jnz": 1,
    "load": 1, "store": 1,
    "call": 1, "ret": 0, "print": 0, "halt": 0,
}


def assemble(source):
    labels = {}
    instructions = []
    lines = []
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            name = line[:-1]
            if name in labels:
                raise AsmError(f"line {lineno}: duplicate label {name!r}")
            labels[name] = len(lines)
            continue
        lines.append((lineno, line.split()))
    for lineno, parts in lines:
        op, args = parts[0].lower(), parts[1:]
        if op not in OPCODES:
            raise AsmError(f"line {lineno}: unknown instruction {op!r}")
        if len(args) != OPCODES[op]:
            raise AsmError(f"line {lineno}: {op} takes {OPCODES[op]} operand(s), got {len(args)}")
        if args:
            arg = args[0]
            if op in ("jmp", "jz", "jnz", "call"):
                if arg not in labels:
                    raise AsmError(f"line {lineno}: undefined label {arg!r}")
                arg = labels[arg]
            elif op == "push":
                arg = int(arg)
            instructions.append((op, arg))
        else:
            instructions.append((op, None))
    return instructions


def disassemble(code):
    for ip, (op, arg) in enumerate(code):
        yield f"{ip:04d}  {op:<6}{'' if arg is None else arg}"


class Frame:
    def __init__(self, return_ip):
        self.return_ip = return_ip
        self.locals = {}


class Tracing:
    def __init__(self, vm, limit=8):
        self.vm = vm
        self.limit = limit

    def __enter__(self):
        self.vm.trace = []
        return self.vm

    def __exit__(self, *exc):
        lines = self.vm.trace
        self.vm.trace = None
        shown = lines[: self.limit]
        for line in shown:
            print("   trace", line)
        if len(lines) > len(shown):
            print(f"   trace ... {len(lines) - len(shown)} more steps")
        return False


class VM:
    def __init__(self, code, max_steps=10_000):
        self.code = code
        self.max_steps = max_steps
        self.trace = None
        self.output = []

    def pop(self, ip):
        if not self.stack:
            raise VMError("stack underflow", ip)
        return self.stack.pop()

    def run(self):
        self.stack = []
        frames = [Frame(None)]
        ip = 0
        steps = 0
        binary = {
            "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
            "eq": lambda a, b: int(a == b), "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b),
        }
        while True:
            if ip >= len(self.code):
                raise VMError("ran off the end of the code", ip)
            steps += 1
            if steps > self.max_steps:
                raise VMError(f"step limit {self.max_steps} exceeded", ip)
            op, arg = self.code[ip]
            if self.trace is not None:
                self.trace.append(f"{ip:3} {op:<6} {self.stack}")
            ip += 1
            if op == "push":
                self.stack.append(arg)
            elif op == "pop":
                self.pop(ip - 1)
            elif op == "dup":
                v = self.pop(ip - 1)
                self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(ip - 1), self.pop(ip - 1)
                self.stack += [b, a]
            elif op == "over":
                b, a = self.pop(ip - 1), self.pop(ip - 1)
                self.stack += [a, b, a]
            elif op in binary:
                b, a = self.pop(ip - 1), self.pop(ip - 1)
                self.stack.append(binary[op](a, b))
            elif op in ("div", "mod"):
                b, a = self.pop(ip - 1), self.pop(ip - 1)
                if b == 0:
                    raise VMError("division by zero", ip - 1)
                self.stack.append(a // b if op == "div" else a % b)
            elif op == "neg":
                self.stack.append(-self.pop(ip - 1))
            elif op == "not":
                self.stack.append(int(not self.pop(ip - 1)))
            elif op == "jmp":
                ip = arg
            elif op == "jz":
                if self.pop(ip - 1) == 0:
                    ip = arg
            elif op == "jnz":
                if self.pop(ip - 1) != 0:
                    ip = arg
            elif op == "load":
                try:
                    self.stack.append(frames[-1].locals[arg])
                except KeyError:
                    raise VMError(f"unbound local {arg!r}", ip - 1) from None
            elif op == "store":
                frames[-1].locals[arg] = self.pop(ip - 1)
            elif op == "call":
                if len(frames) > 200:
                    raise VMError("call stack overflow", ip - 1)
                frames.append(Frame(ip))
                ip = arg
            elif op == "ret":
                frame = frames.pop()
                if frame.return_ip is None:
                    raise VMError("return from top level", ip - 1)
                ip = frame.return_ip
            elif op == "print":
                self.output.append(self.pop(ip - 1))
            elif op == "halt":
                return steps


PROGRAMS = {
    "countdown": """
        push 5
        store n
    loop:
        load n
        jz done
        load n
        print
        load n
        push 1
        sub
        store n
        jmp loop
    done:
        halt
    """,
    "factorial": """
        push 10
        call fact
        print
        halt
    fact:               ; n -> n!
        dup
        push 2
        lt
        jnz base
        dup
        push 1
        sub
        call fact
        mul
        ret
    base:
        pop
        push 1
        ret
    """,
    "gcd": """
        push 1071
        push 462
    loop:
        dup
        jz done
        swap
        over
        mod
        jmp loop
    done:
        pop
        print
        halt
    """,
    "divzero": "push 1\npush 0\ndiv\nhalt",
    "underflow": "push 1\nadd\nhalt",
    "forever": "top:\njmp top",
    "unbound": "load x\nhalt",
    "deep": "f:\ncall f",
    "offend": "push 1",
}

for name, src in PROGRAMS.items():
    code = assemble(src)
    vm = VM(code, max_steps=5000)
    try:
        steps = vm.run()
        print(f"{name:<10} ok   steps={steps:<5} output={vm.output}")
    except VMError as e:
        print(f"{name:<10} FAIL {e} (output so far {vm.output})")

print("\n".join(disassemble(assemble(PROGRAMS["gcd"]))))
vm = VM(assemble(PROGRAMS["countdown"]))
with Tracing(vm, limit=6):
    vm.run()
print("countdown printed", vm.output)

for bad in ["push", "frob 1", "jmp nowhere", "a:\na:\nhalt", "push x"]:
    try:
        assemble(bad)
        print("assembled?!", bad)
    except AsmError as e:
        print("AsmError:", e)
    except ValueError as e:
        print("ValueError:", e)
counts = {}
for name, src in PROGRAMS.items():
    for op, _ in assemble(src):
        counts[op] = counts.get(op, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
