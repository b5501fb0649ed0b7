//! Embeds the standard library modules written in Python (`lib/`): each
//! `lib/**/*.py` becomes an entry of `STDLIB_SOURCES` in
//! `$OUT_DIR/stdlib.rs`, its path relative to `lib/` and its text.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, rel: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("runtime/lib is readable")
        .map(|e| e.expect("runtime/lib entry").path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let r = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if p.is_dir() {
            collect(&p, &r, out);
        } else if name.ends_with(".py") {
            out.push((r, p));
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    collect(&lib, "", &mut files);
    let mut code = String::from("pub static STDLIB_SOURCES: &[(&str, &str)] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("stdlib.rs");
    std::fs::write(out, code).unwrap();
}
