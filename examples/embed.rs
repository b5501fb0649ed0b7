//! Embedding Python in a Rust program: `cargo run --release --example embed`.
//!
//! Defines typed Python functions, calls them from Rust through checked
//! handles (compiled by the JIT once hot), passes Rust values in and gets
//! Python values and exceptions back.

use krait::{Error, Runtime};

fn main() -> Result<(), Error> {
    let mut rt = Runtime::new();
    rt.run(
        r#"
def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def describe(words: list) -> str:
    return ", ".join(f"{w}={len(w)}" for w in words)
"#,
    )?;

    // A typed handle: checked against the annotations once, then called.
    let steps = rt.function::<(i64,), i64>("collatz_steps")?;
    let best = (1..100_000)
        .map(|n| (steps.call(&mut rt, (n,)).unwrap(), n))
        .max()
        .unwrap();
    println!(
        "longest Collatz chain below 100000: {} steps from {}",
        best.0, best.1
    );

    // Rust values in, Python values out.
    rt.set("names", vec!["ada", "grace", "alan"]);
    let text: String = rt.eval("describe(names)")?;
    println!("{text}");

    // Python ints never wrap: a result too large for i64 is an error, not
    // a wrong number.
    match rt.eval::<i64>("2 ** 64") {
        Err(Error::Conversion(msg)) => println!("2 ** 64 as i64: {msg}"),
        other => println!("unexpected: {other:?}"),
    }
    println!("2 ** 64 = {}", rt.eval::<String>("str(2 ** 64)")?);

    // A Python exception arrives with its type, message and traceback.
    if let Err(Error::Python(e)) = rt.run("def f(x):\n    return 1 / x\nf(0)\n") {
        println!("caught {}: {}", e.type_name, e.message);
        print!("{}", e.traceback);
    }

    // A handle asked with the wrong signature lists what exists.
    if let Err(e) = rt.function::<(String,), i64>("collatz_steps") {
        println!("{e}");
    }
    Ok(())
}
