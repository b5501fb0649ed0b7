//! Prints the symbol table of each file in the form
//! `scripts/compare_symtable.py` compares with CPython's `symtable`.
//!
//! `cargo run --release --example dump_scopes -- FILE...`: for each file,
//! `== FILE`, then the table (`krait_frontend::scope::dump`), or
//! `ERROR Class: message (line N)` for a syntax error.

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let run = move || {
        for f in &files {
            println!("== {f}");
            let Ok(bytes) = std::fs::read(f) else {
                println!("ERROR unreadable");
                continue;
            };
            let (text, module) = krait_frontend::parse_bytes(&bytes);
            let result = module.and_then(|m| krait_frontend::scope::build(&m, &text));
            match result {
                Ok(table) => print!("{}", krait_frontend::scope::dump(&table, &text)),
                Err(e) => {
                    let line = krait_frontend::LineIndex::new(&text).line(e.range.start as usize);
                    println!("ERROR {}: {} (line {line})", e.class.name(), e.msg);
                }
            }
        }
    };
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn")
        .join()
        .expect("dump thread");
}
