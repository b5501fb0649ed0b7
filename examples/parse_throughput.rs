//! Parser throughput over a directory tree of `.py` files.
//!
//! `cargo run --release --example parse_throughput -- DIR [ROUNDS]` reads
//! every `.py` file under DIR (skipping `site-packages`) into memory, then
//! parses all of them ROUNDS times (default 3) from bytes to AST, as
//! `ast.parse(bytes)` does, and prints the median MB/s.
//! `scripts/parse_speed.py` runs this beside CPython's `ast.parse`.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "site-packages") {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: parse_throughput DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files);
    let data: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let bytes: usize = data.iter().map(Vec::len).sum();
    let run = move || {
        let mut times = Vec::new();
        let mut ok = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            ok = 0;
            for d in &data {
                let (_, result) = krait_frontend::parse_bytes(d);
                ok += usize::from(result.is_ok());
            }
            times.push(t.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        (times[times.len() / 2], ok, data.len())
    };
    // Deeply nested files need more than the default main-thread stack.
    let (median, ok, n) = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .expect("spawn")
        .join()
        .expect("parse thread");
    println!(
        "krait {:.1} MB in {:.2}s = {:.2} MB/s ({n} files, {ok} parsed, median of {rounds})",
        bytes as f64 / 1e6,
        median,
        bytes as f64 / median / 1e6
    );
}
