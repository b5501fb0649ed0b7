//! The JIT's own costs (criterion):
//!
//! - `jit/compile`: compiling one typical typed function (a loop with int
//!   arithmetic, a call, a branch) to machine code, Cranelift included;
//! - `jit/call_into_compiled`: 100,000 calls from interpreted code (a
//!   module-level loop: module bodies are not compiled) into a small
//!   compiled function and back, beside the same program with `--jit=off`;
//! - `jit/typed_loop`: a typed loop of 3,000,000 iterations in compiled
//!   code (entered by on-stack replacement), beside the interpreter.
//!
//! `cargo bench --bench jit`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use krait::{JitMode, RunOptions};

const TYPICAL: &str = "\
def step(x: int) -> int:
    return x * 3 + 1

def collatz(limit: int) -> int:
    total = 0
    n = 1
    while n < limit:
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = step(x)
            total += 1
        n += 1
    return total
";

const CALLS: &str = "\
def inc(x: int) -> int:
    return x + 1

t = 0
for i in range(100000):
    t = inc(t)
print(t)
";

const LOOP: &str = "\
def mix(n: int) -> int:
    acc = 0
    for i in range(n):
        acc = (acc * 31 + (i ^ (i >> 3))) & 0xFFFFFFFF
        if acc % 7 == 3:
            acc -= i
    return acc

print(mix(3000000))
";

fn run(src: &str, jit: JitMode) {
    let opts = RunOptions {
        jit,
        ..RunOptions::default()
    };
    let status = krait::run_source(
        "bench.py",
        black_box(src.as_bytes()),
        &opts,
        &mut std::io::sink(),
        &mut std::io::sink(),
    );
    assert_eq!(status, 0);
}

fn bench_jit(c: &mut Criterion) {
    let (_, module) = krait::compile("bench.py", TYPICAL.as_bytes()).expect("compiles");
    let fi = module
        .functions
        .iter()
        .position(|f| f.name == "collatz")
        .expect("collatz");
    let mut g = c.benchmark_group("jit");
    g.bench_function("compile", |b| {
        b.iter(|| krait_jit::compile_only(black_box(&module), fi).expect("compiles"))
    });
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    g.bench_function("call_into_compiled", |b| b.iter(|| run(CALLS, JitMode::On)));
    g.bench_function("call_into_compiled/interpreter", |b| {
        b.iter(|| run(CALLS, JitMode::Off))
    });
    g.bench_function("typed_loop", |b| b.iter(|| run(LOOP, JitMode::On)));
    g.bench_function("typed_loop/interpreter", |b| {
        b.iter(|| run(LOOP, JitMode::Off))
    });
    g.finish();
}

criterion_group!(benches, bench_jit);
criterion_main!(benches);
