//! Every function of the corpus, compiled for x86-64 and for aarch64 (no
//! aarch64 machine is at hand to run it): Cranelift's verifier accepts the
//! code the JIT generates, and every function the JIT does not compile is
//! refused by its own check with a named reason, never by a code
//! generation error.

use std::path::{Path, PathBuf};

fn programs(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            programs(&p, found);
        } else if p.extension().is_some_and(|e| e == "py") {
            found.push(p);
        }
    }
}

fn check_target(target: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    programs(&root.join("tests/py"), &mut paths);
    programs(&root.join("benches/programs"), &mut paths);
    paths.sort();
    let (mut compiled, mut refused) = (0, 0);
    let mut failures = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let Ok((_, ir)) = krait::compile("prog.py", &bytes) else {
            continue; // programs that test syntax errors
        };
        let results = krait_jit::compile_for_target(&ir, target).unwrap();
        for (fi, r) in results.iter().enumerate() {
            match r {
                Ok(size) => {
                    assert!(*size > 0);
                    compiled += 1;
                }
                Err(e)
                    if e.starts_with("verifier")
                        || e.starts_with("codegen")
                        || e.contains("internal") =>
                {
                    failures.push(format!("{} f{fi}: {e}", path.display()))
                }
                Err(_) => refused += 1,
            }
        }
    }
    assert!(failures.is_empty(), "{target}:\n{}", failures.join("\n"));
    assert!(
        compiled > 500,
        "{target}: only {compiled} functions compiled ({refused} refused)"
    );
}

#[test]
fn corpus_compiles_and_verifies_for_aarch64() {
    check_target("aarch64-unknown-linux-gnu");
}

#[test]
fn corpus_compiles_and_verifies_for_x86_64() {
    check_target("x86_64-unknown-linux-gnu");
}
