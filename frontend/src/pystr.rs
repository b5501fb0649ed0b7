//! `PyStr`: a Python `str` value as the front end sees it.
//!
//! Python strings are sequences of code points, and unlike Rust's `str` they
//! may hold lone surrogates (`"\ud800"`). A `PyStr` stores its code points in
//! generalised UTF-8 (WTF-8): ordinary UTF-8, except that a surrogate
//! U+D800..U+DFFF is encoded with the usual three-byte form. When there are
//! no surrogates the bytes are valid UTF-8 and [`PyStr::as_str`] succeeds.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
}

impl PyStr {
    pub fn new() -> Self {
        PyStr { bytes: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The text as `&str` when it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The generalised UTF-8 bytes.
    pub fn as_wtf8(&self) -> &[u8] {
        &self.bytes
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Appends any code point, surrogates included. `cp` must be `<= 0x10FFFF`.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                debug_assert!((0xD800..=0xDFFF).contains(&cp));
                self.bytes.push(0xE0 | (cp >> 12) as u8);
                self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
                self.bytes.push(0x80 | (cp & 0x3F) as u8);
            }
        }
    }

    pub fn push_pystr(&mut self, other: &PyStr) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: &self.bytes,
            pos: 0,
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr {
            bytes: s.into_bytes(),
        }
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", crate::pyrepr::repr_str(self))
    }
}

/// Iterator over the code points of a [`PyStr`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let b = self.bytes;
        let i = self.pos;
        let first = *b.get(i)?;
        let (cp, len) = if first < 0x80 {
            (first as u32, 1)
        } else if first < 0xE0 {
            (((first as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if first < 0xF0 {
            (
                ((first as u32 & 0x0F) << 12)
                    | ((b[i + 1] as u32 & 0x3F) << 6)
                    | (b[i + 2] as u32 & 0x3F),
                3,
            )
        } else {
            (
                ((first as u32 & 0x07) << 18)
                    | ((b[i + 1] as u32 & 0x3F) << 12)
                    | ((b[i + 2] as u32 & 0x3F) << 6)
                    | (b[i + 3] as u32 & 0x3F),
                4,
            )
        };
        self.pos += len;
        Some(cp)
    }
}
