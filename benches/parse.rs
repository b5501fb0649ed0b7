//! Parser throughput on a few representative CPython stdlib files.
//!
//! `cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3`
//!
//! The files are read at run time from the stdlib of the `python3` on PATH
//! (`sysconfig.get_paths()['stdlib']`), or from `$KRAIT_STDLIB` if set. Each
//! benchmark runs `parse_bytes` (decode + layout + grammar + AST), as
//! `ast.parse(bytes)` does, and reports decimal MB/s (10^6 bytes, as
//! `scripts/parse_speed.py` does) via `Throughput::BytesDecimal`.
//! Without a stdlib the benchmark prints why and does nothing.

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Files chosen for variety: annotation-heavy (`typing`), ordinary
/// application code (`argparse`), every corner of the grammar
/// (`test/test_grammar.py`), and a small module (`json/decoder.py`).
const FILES: &[&str] = &[
    "typing.py",
    "argparse.py",
    "test/test_grammar.py",
    "json/decoder.py",
];

fn stdlib_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("KRAIT_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let dir = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(dir.trim()))
}

fn bench_parse(c: &mut Criterion) {
    let Some(stdlib) = stdlib_dir() else {
        eprintln!(
            "parse bench skipped: no python3 on PATH to locate the stdlib (set KRAIT_STDLIB)"
        );
        return;
    };
    let mut group = c.benchmark_group("parse_bytes");
    // 50 samples keep every file inside a 3 s measurement time.
    group.sample_size(50);
    for name in FILES {
        let path = stdlib.join(name);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("parse bench: skipping {}: {e}", path.display());
                continue;
            }
        };
        // Check once, outside the timing, that the file parses: a benchmark
        // of the error path would measure something else.
        if let (_, Err(err)) = krait_frontend::parse_bytes(&bytes) {
            eprintln!("parse bench: {} does not parse: {err:?}", path.display());
            continue;
        }
        group.throughput(Throughput::BytesDecimal(bytes.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| krait_frontend::parse_bytes(black_box(&bytes)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
