//! File objects: `open()` and the methods of `TextIOWrapper` and the
//! `Buffered*` classes, with CPython's modes, messages and `OSError`s.
//!
//! A file reads lazily: the first read loads the rest of the file (text
//! mode: decoded, with universal newlines), and later reads consume that
//! buffer. Writes are buffered (8 KiB, as CPython's default buffer) and
//! reach the OS on `flush`, `close`, a full buffer, or when the object is
//! freed.

use super::builtins::class_name;
use super::{Interp, PyResult, exc, to_repr, to_str, type_error};
use crate::objects::{
    BytesObj, ExceptionObj, FileObj, FileState, StrObj, exc_is_subclass, new_bytes, new_exception,
    new_file, new_list, new_str,
};
use crate::value::Value;
use std::io::{Read, Seek, SeekFrom, Write};

/// The methods of file objects.
pub(super) const FILE_METHODS: &[&str] = &[
    "read",
    "readline",
    "readlines",
    "write",
    "writelines",
    "close",
    "flush",
    "readable",
    "writable",
    "seekable",
    "seek",
    "tell",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

const BUFFER_SIZE: usize = 8192;

/// The `OSError` subclass and message for an OS error, as CPython's
/// `PyErr_SetFromErrnoWithFilenameObject`.
pub(super) fn os_error(e: &std::io::Error, filename: Option<&Value>) -> Value {
    let Some(errno) = e.raw_os_error() else {
        return exc("OSError", e.to_string());
    };
    let class = match errno {
        2 => "FileNotFoundError",
        1 | 13 => "PermissionError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        _ => "OSError",
    };
    let text = e.to_string();
    let suffix = format!(" (os error {errno})");
    let strerror = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
    let mut args = vec![Value::int(i64::from(errno)), new_str(strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    new_exception(class, args)
}

/// `e.args` as CPython keeps them: an `OSError` given a file name (2 to 5
/// arguments, the third not None) keeps only `(errno, strerror)`.
pub(super) fn exc_args(e: &ExceptionObj) -> Vec<Value> {
    let args = e.args.borrow();
    if (3..=5).contains(&args.len()) && !args[2].is_none() && exc_is_subclass(e.class, "OSError") {
        args[..2].to_vec()
    } else {
        args.clone()
    }
}

/// `str()` of an `OSError` made with 2 to 5 arguments: `[Errno N] text`
/// and the file names, as CPython's `OSError_str`.
pub(super) fn os_error_str(args: &[Value]) -> Option<PyResult<String>> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let named = |i: usize| args.get(i).filter(|v| !v.is_none());
    Some((|| {
        let head = format!("[Errno {}] {}", to_str(&args[0])?, to_str(&args[1])?);
        Ok(match (named(2), named(4)) {
            (Some(f), Some(g)) => format!("{head}: {} -> {}", to_repr(f)?, to_repr(g)?),
            (Some(f), None) => format!("{head}: {}", to_repr(f)?),
            _ => head,
        })
    })())
}

/// `UnicodeDecodeError` for invalid UTF-8, CPython's message.
pub(super) fn decode_error(bytes: &[u8], e: std::str::Utf8Error) -> Value {
    let pos = e.valid_up_to();
    let first = bytes.get(pos).copied().unwrap_or(0);
    let (len, reason) = match e.error_len() {
        None => (bytes.len() - pos, "unexpected end of data"),
        Some(n) => {
            let bad_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
            (
                n,
                if bad_start {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                },
            )
        }
    };
    let what = if len <= 1 {
        format!("byte 0x{first:02x} in position {pos}")
    } else {
        format!("bytes in position {pos}-{}", pos + len - 1)
    };
    exc(
        "UnicodeDecodeError",
        format!("'utf-8' codec can't decode {what}: {reason}"),
    )
}

/// A normalised encoding name: `utf-8`, `latin-1` or `ascii`.
fn normalize_encoding(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => "latin-1",
        "ascii" | "us-ascii" | "646" => "ascii",
        _ => return None,
    })
}

fn decode(encoding: &str, bytes: &[u8]) -> PyResult<String> {
    match normalize_encoding(encoding) {
        Some("latin-1") => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Some("ascii") => match bytes.iter().position(|&b| b >= 0x80) {
            Some(p) => Err(exc(
                "UnicodeDecodeError",
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)",
                    bytes[p]
                ),
            )),
            None => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        },
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(decode_error(bytes, e)),
        },
    }
}

pub(super) fn encode(encoding: &str, s: &str) -> PyResult<Vec<u8>> {
    let limit = match normalize_encoding(encoding) {
        Some("latin-1") => 0x100,
        Some("ascii") => 0x80,
        _ => return Ok(s.as_bytes().to_vec()),
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u8);
        } else {
            let name = if limit == 0x80 { "ascii" } else { "latin-1" };
            let lit = super::ascii(&to_repr(&new_str(c.to_string()))?);
            return Err(exc(
                "UnicodeEncodeError",
                format!(
                    "'{name}' codec can't encode character {lit} in position {i}: ordinal not in range({limit})"
                ),
            ));
        }
    }
    Ok(out)
}

/// Universal newlines: `\r\n` and `\r` read as `\n`.
fn translate_newlines(s: String) -> String {
    if !s.contains('\r') {
        return s;
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn closed_error() -> Value {
    exc("ValueError", "I/O operation on closed file.")
}

fn unsupported_op(msg: &str) -> Value {
    exc("UnsupportedOperation", msg)
}

/// `repr(f)`.
pub(super) fn repr(f: &FileObj) -> PyResult<String> {
    let name = to_repr(&f.name)?;
    Ok(if f.binary {
        format!("<_io.{} name={name}>", f.type_name())
    } else {
        format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode, f.encoding
        )
    })
}

/// The data attributes of a file object.
pub(super) fn attr(f: &FileObj, name: &str) -> Option<Value> {
    match name {
        "name" => Some(f.name.clone()),
        "mode" => Some(new_str(f.mode.as_str())),
        "closed" => Some(Value::bool(f.state.borrow().is_none())),
        "encoding" if !f.binary => Some(new_str(f.encoding.as_str())),
        _ => None,
    }
}

fn flush_state(st: &mut FileState) -> PyResult<()> {
    if !st.wbuf.is_empty() {
        let buf = std::mem::take(&mut st.wbuf);
        st.file.write_all(&buf).map_err(|e| os_error(&e, None))?;
    }
    Ok(())
}

/// Loads the rest of the file for reading (once).
fn load(f: &FileObj, st: &mut FileState) -> PyResult<()> {
    if st.rbuf.is_some() {
        return Ok(());
    }
    flush_state(st)?;
    let mut buf = Vec::new();
    st.file
        .read_to_end(&mut buf)
        .map_err(|e| os_error(&e, None))?;
    if !f.binary {
        st.rtext = Some(translate_newlines(decode(&f.encoding, &buf)?));
    }
    st.rbuf = Some(buf);
    st.rpos = 0;
    Ok(())
}

/// Forgets read-ahead, moving the OS position back to what was consumed.
fn unload(f: &FileObj, st: &mut FileState) -> PyResult<()> {
    let Some(buf) = st.rbuf.take() else {
        return Ok(());
    };
    let left = match st.rtext.take() {
        Some(t) => encode(&f.encoding, &t[st.rpos..])?.len(),
        None => buf.len() - st.rpos,
    };
    st.rpos = 0;
    if left > 0 {
        st.file
            .seek(SeekFrom::Current(-(left as i64)))
            .map_err(|e| os_error(&e, None))?;
    }
    Ok(())
}

fn with_state<T>(f: &FileObj, body: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    let mut st = f.state.borrow_mut();
    match st.as_mut() {
        Some(st) => body(st),
        None => Err(closed_error()),
    }
}

/// Reads up to `n` characters (text) or bytes (binary); all when `None`.
fn read(f: &FileObj, n: Option<usize>) -> PyResult<Value> {
    if !f.readable {
        return Err(unsupported_op(if f.binary {
            "read"
        } else {
            "not readable"
        }));
    }
    with_state(f, |st| {
        load(f, st)?;
        if let Some(t) = &st.rtext {
            let rest = &t[st.rpos..];
            let end = match n {
                None => rest.len(),
                Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
            };
            let out = rest[..end].to_string();
            st.rpos += end;
            return Ok(new_str(out));
        }
        let buf = st.rbuf.as_deref().unwrap_or_default();
        let rest = &buf[st.rpos..];
        let end = n.map_or(rest.len(), |n| n.min(rest.len()));
        let out = rest[..end].to_vec();
        st.rpos += end;
        Ok(new_bytes(out))
    })
}

/// One line (with its `\n`), at most `limit` characters/bytes; empty at
/// the end of the file.
fn readline(f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    if !f.readable {
        return Err(unsupported_op(if f.binary {
            "read"
        } else {
            "not readable"
        }));
    }
    with_state(f, |st| {
        load(f, st)?;
        if let Some(t) = &st.rtext {
            let rest = &t[st.rpos..];
            let mut end = rest.find('\n').map_or(rest.len(), |i| i + 1);
            if let Some(n) = limit
                && let Some((i, _)) = rest.char_indices().nth(n)
            {
                end = end.min(i);
            }
            let out = rest[..end].to_string();
            st.rpos += end;
            return Ok(new_str(out));
        }
        let buf = st.rbuf.as_deref().unwrap_or_default();
        let rest = &buf[st.rpos..];
        let mut end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        if let Some(n) = limit {
            end = end.min(n);
        }
        let out = rest[..end].to_vec();
        st.rpos += end;
        Ok(new_bytes(out))
    })
}

fn is_empty_line(v: &Value) -> bool {
    v.downcast::<StrObj>().is_some_and(|s| s.value.is_empty())
        || v.downcast::<BytesObj>().is_some_and(|b| b.value.is_empty())
}

/// The next line for `for line in f`; `None` at the end.
pub(super) fn next_line(f: &FileObj) -> PyResult<Option<Value>> {
    let line = readline(f, None)?;
    Ok((!is_empty_line(&line)).then_some(line))
}

/// `f.write(s)`: the number of characters (text) or bytes written.
fn write(f: &FileObj, v: &Value) -> PyResult<usize> {
    if f.state.borrow().is_none() {
        return Err(closed_error());
    }
    if !f.writable {
        return Err(unsupported_op(if f.binary {
            "write"
        } else {
            "not writable"
        }));
    }
    let (data, n) = if f.binary {
        match v.downcast::<BytesObj>() {
            Some(b) => (b.value.clone(), b.value.len()),
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    class_name(v)
                )));
            }
        }
    } else {
        match v.downcast::<StrObj>() {
            Some(s) => (encode(&f.encoding, &s.value)?, s.value.chars().count()),
            None => {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    class_name(v)
                )));
            }
        }
    };
    with_state(f, |st| {
        unload(f, st)?;
        st.wbuf.extend_from_slice(&data);
        if st.wbuf.len() >= BUFFER_SIZE {
            flush_state(st)?;
        }
        Ok(n)
    })
}

/// `print(..., file=f)`.
pub(super) fn write_text(f: &FileObj, text: &str, flush: bool) -> PyResult<()> {
    write(f, &new_str(text))?;
    if flush {
        with_state(f, flush_state)?;
    }
    Ok(())
}

fn close(f: &FileObj) -> PyResult<()> {
    let st = f.state.borrow_mut().take();
    if let Some(mut st) = st {
        flush_state(&mut st)?;
    }
    Ok(())
}

/// A size argument: `None` or negative means "all".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match super::to_num(v) {
            Some(super::Num::F(_)) | None => Err(type_error(format!(
                "argument should be integer or None, not '{}'",
                class_name(v)
            ))),
            Some(_) => {
                let n = super::to_index(v)?;
                Ok((n >= 0).then_some(n as usize))
            }
        },
    }
}

fn arity(name: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        return Err(type_error(match max {
            0 => format!("{name}() takes no arguments ({} given)", args.len()),
            _ => format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            ),
        }));
    }
    Ok(())
}

impl Interp<'_, '_> {
    /// A method of a file object.
    pub(super) fn call_file_method(
        &mut self,
        f: &FileObj,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let check_open = || {
            if f.state.borrow().is_none() {
                Err(closed_error())
            } else {
                Ok(())
            }
        };
        match name {
            "read" => {
                arity(name, &args, 1)?;
                read(f, size_arg(args.first())?)
            }
            "readline" => {
                arity(name, &args, 1)?;
                readline(f, size_arg(args.first())?)
            }
            "readlines" => {
                arity(name, &args, 1)?;
                let hint = size_arg(args.first())?.filter(|&h| h > 0);
                let mut lines = Vec::new();
                let mut total = 0;
                loop {
                    let line = readline(f, None)?;
                    if is_empty_line(&line) {
                        break;
                    }
                    total += super::seq_len(&line).unwrap_or(0);
                    lines.push(line);
                    if hint.is_some_and(|h| total >= h) {
                        break;
                    }
                }
                Ok(new_list(lines))
            }
            "write" => {
                if args.len() != 1 {
                    return Err(type_error(format!(
                        "write() takes exactly one argument ({} given)",
                        args.len()
                    )));
                }
                write(f, &args[0]).map(|n| Value::int(n as i64))
            }
            "writelines" => {
                if args.len() != 1 {
                    return Err(type_error(format!(
                        "writelines() takes exactly one argument ({} given)",
                        args.len()
                    )));
                }
                check_open()?;
                for x in self.collect_iter(&args[0])? {
                    write(f, &x)?;
                }
                Ok(Value::none())
            }
            "close" => {
                arity(name, &args, 0)?;
                close(f)?;
                Ok(Value::none())
            }
            "flush" => {
                arity(name, &args, 0)?;
                with_state(f, flush_state)?;
                Ok(Value::none())
            }
            "readable" | "writable" | "seekable" => {
                arity(name, &args, 0)?;
                check_open()?;
                Ok(Value::bool(match name {
                    "readable" => f.readable,
                    "writable" => f.writable,
                    _ => true,
                }))
            }
            "seek" => {
                if args.is_empty() || args.len() > 2 {
                    return Err(type_error(format!(
                        "seek expected at least 1 argument, got {}",
                        args.len()
                    )));
                }
                let off = super::to_index(&args[0])?;
                let whence = match args.get(1) {
                    Some(w) => super::to_index(w)?,
                    None => 0,
                };
                if !f.binary && whence != 0 && off != 0 {
                    return Err(unsupported_op(if whence == 1 {
                        "can't do nonzero cur-relative seeks"
                    } else {
                        "can't do nonzero end-relative seeks"
                    }));
                }
                let pos = match whence {
                    0 => {
                        if off < 0 {
                            return Err(exc("ValueError", format!("negative seek position {off}")));
                        }
                        SeekFrom::Start(off as u64)
                    }
                    1 => SeekFrom::Current(off),
                    2 => SeekFrom::End(off),
                    _ => {
                        return Err(exc(
                            "ValueError",
                            format!("invalid whence ({whence}, should be 0, 1 or 2)"),
                        ));
                    }
                };
                with_state(f, |st| {
                    unload(f, st)?;
                    flush_state(st)?;
                    let p = st.file.seek(pos).map_err(|e| os_error(&e, None))?;
                    Ok(Value::int(p as i64))
                })
            }
            "tell" => {
                arity(name, &args, 0)?;
                with_state(f, |st| {
                    let p = st.file.stream_position().map_err(|e| os_error(&e, None))?;
                    let ahead = match (&st.rbuf, &st.rtext) {
                        (Some(_), Some(t)) => encode(&f.encoding, &t[st.rpos..])?.len() as u64,
                        (Some(b), None) => (b.len() - st.rpos) as u64,
                        _ => 0,
                    };
                    Ok(Value::int((p - ahead + st.wbuf.len() as u64) as i64))
                })
            }
            "__enter__" | "__iter__" => {
                arity(name, &args, 0)?;
                check_open()?;
                Ok(recv.clone())
            }
            "__next__" => {
                arity(name, &args, 0)?;
                match next_line(f)? {
                    Some(l) => Ok(l),
                    None => Err(new_exception("StopIteration", vec![])),
                }
            }
            "__exit__" => {
                close(f)?;
                Ok(Value::none())
            }
            _ => Err(super::unsupported(&format!("the file method {name}"))),
        }
    }

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
    /// newline=None)`.
    pub(super) fn open(
        &mut self,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        const NAMES: &[&str] = &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ];
        let mut a: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
        if a.len() > NAMES.len() {
            return Err(type_error(format!(
                "open() takes at most 8 arguments ({} given)",
                a.len() + kwnames.len()
            )));
        }
        a.resize(NAMES.len(), None);
        for (k, v) in kwnames.iter().zip(kwvals) {
            let Some(i) = NAMES.iter().position(|n| n == k) else {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for open()"
                )));
            };
            if a[i].is_some() {
                return Err(type_error(format!(
                    "argument for open() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            a[i] = Some(v.clone());
        }
        let Some(file) = a[0].clone() else {
            return Err(type_error(
                "open() missing required argument 'file' (pos 1)",
            ));
        };
        let path = match file.downcast::<StrObj>() {
            Some(s) => s.value.clone(),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    class_name(&file)
                )));
            }
        };
        let opt_str = |i: usize| -> PyResult<Option<String>> {
            match &a[i] {
                None => Ok(None),
                Some(v) if v.is_none() => Ok(None),
                Some(v) => match v.downcast::<StrObj>() {
                    Some(s) => Ok(Some(s.value.clone())),
                    None => Err(type_error(format!(
                        "open() argument '{}' must be str or None, not {}",
                        NAMES[i],
                        class_name(v)
                    ))),
                },
            }
        };
        let mode = match &a[1] {
            None => "r".to_string(),
            Some(v) => match v.downcast::<StrObj>() {
                Some(s) => s.value.clone(),
                None => {
                    return Err(type_error(format!(
                        "open() argument 'mode' must be str, not {}",
                        class_name(v)
                    )));
                }
            },
        };
        let encoding = opt_str(3)?;
        opt_str(4)?;
        let newline = opt_str(5)?;
        // Mode letters, as `_io_open_impl`.
        let (mut create, mut read, mut write, mut append, mut plus) =
            (false, false, false, false, false);
        let (mut text, mut binary) = (false, false);
        let mut seen = String::new();
        for c in mode.chars() {
            if !"xrwa+tb".contains(c) || seen.contains(c) {
                return Err(exc("ValueError", format!("invalid mode: '{mode}'")));
            }
            seen.push(c);
            match c {
                'x' => create = true,
                'r' => read = true,
                'w' => write = true,
                'a' => append = true,
                '+' => plus = true,
                't' => text = true,
                _ => binary = true,
            }
        }
        if text && binary {
            return Err(exc("ValueError", "can't have text and binary mode at once"));
        }
        if [create, read, write, append].iter().filter(|&&x| x).count() != 1 {
            return Err(exc(
                "ValueError",
                "must have exactly one of create/read/write/append mode",
            ));
        }
        if binary && encoding.is_some() {
            return Err(exc(
                "ValueError",
                "binary mode doesn't take an encoding argument",
            ));
        }
        if binary && newline.is_some() {
            return Err(exc(
                "ValueError",
                "binary mode doesn't take a newline argument",
            ));
        }
        let encoding = match encoding {
            Some(e) => {
                if normalize_encoding(&e).is_none() {
                    return Err(exc("LookupError", format!("unknown encoding: {e}")));
                }
                e
            }
            None => "UTF-8".to_string(),
        };
        let mut opts = std::fs::OpenOptions::new();
        opts.read(read || plus);
        if write {
            opts.write(true).create(true).truncate(true);
        } else if append {
            opts.append(true).create(true);
        } else if create {
            opts.write(true).create_new(true);
        } else if plus {
            opts.write(true);
        }
        let handle = opts.open(&path).map_err(|e| os_error(&e, Some(&file)))?;
        if handle.metadata().is_ok_and(|m| m.is_dir()) {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(os_error(&e, Some(&file)));
        }
        // CPython's `mode` attribute: the given mode for text files, the
        // raw mode for binary ones.
        let shown_mode = if binary {
            let base = if create {
                "xb"
            } else if read {
                "rb"
            } else if write {
                "wb"
            } else {
                "ab"
            };
            if plus {
                format!("{}+", base)
            } else {
                base.to_string()
            }
        } else {
            mode.clone()
        };
        Ok(new_file(
            file,
            shown_mode,
            binary,
            read || plus,
            !read || plus,
            encoding,
            handle,
        ))
    }
}
