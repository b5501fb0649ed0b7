//! Helpers shared by the parser corpus tests.

use std::path::{Path, PathBuf};

/// The `.py` files of `tests/parser/<kind>`, sorted by name.
pub fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/parser")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {}", dir.display());
    files
}

pub fn stem(path: &Path) -> &str {
    path.file_stem().unwrap().to_str().unwrap()
}

/// The first difference between two dumps, with some context on each side.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, e), a)| e != a)
        .map_or(expected.len().min(actual.len()), |((i, _), _)| i);
    let excerpt = |s: &str| {
        let mut start = at.saturating_sub(60);
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let rest = s.get(start..).unwrap_or("");
        let end = rest.char_indices().nth(160).map_or(rest.len(), |(i, _)| i);
        rest[..end].to_owned()
    };
    format!(
        "first difference at byte {at}:\n    expected: …{}…\n    actual:   …{}…",
        excerpt(expected),
        excerpt(actual)
    )
}
