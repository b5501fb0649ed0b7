//! `sys`: the interpreter's state as CPython 3.11.7 on Linux shows it.

use super::*;
use crate::objects::{StructSeqObj, new_std_stream, new_struct_seq};

const FUNCTIONS: &[&str] = &[
    "exit",
    "getrecursionlimit",
    "setrecursionlimit",
    "intern",
    "getrefcount",
    "exc_info",
    "exception",
];

thread_local! {
    /// `sys.intern`'s table: one str object per text, kept until teardown.
    static INTERNED: std::cell::RefCell<HashMap<String, Value>> = Default::default();
}

/// Empties `sys.intern`'s table (teardown).
pub(in crate::interp) fn clear_interned() {
    let table = INTERNED.with(|t| std::mem::take(&mut *t.borrow_mut()));
    drop(table);
}

const VERSION_FIELDS: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "sys", FUNCTIONS);
    let argv = interp
        .opts
        .argv
        .iter()
        .map(|a| new_str(a.as_str()))
        .collect();
    interp.set_global(m, "argv", new_list(argv));
    let path = interp.sys_path.clone();
    interp.set_global(m, "path", path);
    if let Some(d) = interp.sys_modules.clone() {
        interp.set_global(m, "modules", d);
    }
    interp.set_global(m, "maxsize", Value::int(i64::MAX));
    let version = new_struct_seq(
        "sys.version_info",
        VERSION_FIELDS,
        vec![
            Value::int(3),
            Value::int(11),
            Value::int(7),
            new_str("final"),
            Value::int(0),
        ],
    );
    interp.set_global(m, "version_info", version);
    interp.set_global(m, "version", new_str("3.11.7 (main, krait) [Rust]"));
    interp.set_global(m, "hexversion", Value::int(0x030b07f0));
    interp.set_global(m, "platform", new_str("linux"));
    interp.set_global(m, "byteorder", new_str("little"));
    // `sys.__stdout__` is the same object as the first `sys.stdout`.
    let (stdout, stderr) = (new_std_stream(1), new_std_stream(2));
    interp.set_global(m, "stdout", stdout.clone());
    interp.sys_stdout = Some(interp.global_slot_in(m, "stdout"));
    interp.set_global(m, "stderr", stderr.clone());
    interp.set_global(m, "__stdout__", stdout);
    interp.set_global(m, "__stderr__", stderr);
    let stdin = new_std_stream(0);
    interp.set_global(m, "stdin", stdin.clone());
    interp.set_global(m, "__stdin__", stdin);
    let float_info = new_struct_seq(
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::float(f64::MAX),
            Value::int(1024),
            Value::int(308),
            Value::float(f64::MIN_POSITIVE),
            Value::int(-1021),
            Value::int(-307),
            Value::int(15),
            Value::int(53),
            Value::float(f64::EPSILON),
            Value::int(2),
            Value::int(1),
        ],
    );
    interp.set_global(m, "float_info", float_info);
    let int_info = new_struct_seq(
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::int(30),
            Value::int(4),
            Value::int(4300),
            Value::int(640),
        ],
    );
    interp.set_global(m, "int_info", int_info);
    interp.set_global(m, "float_repr_style", new_str("short"));
    Ok(())
}

/// One line of the process's standard input, with its newline (`""` at
/// the end), from the buffer `input()` reads too.
pub(in crate::interp) fn stdin_line() -> PyResult<String> {
    use std::io::BufRead;
    let mut line = Vec::new();
    std::io::stdin()
        .lock()
        .read_until(b'\n', &mut line)
        .map_err(|e| exc("OSError", e.to_string()))?;
    String::from_utf8(line).map_err(|_| {
        exc(
            "UnicodeDecodeError",
            "'utf-8' codec can't decode the standard input",
        )
    })
}

/// `sys.stdin.readline()`, `read()`, `readlines()` and the others.
fn stdin_call(name: &str, args: &[Value], kwnames: &[&str]) -> PyResult<Value> {
    use std::io::Read;
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "TextIOWrapper.{name}() takes no keyword arguments"
        )));
    }
    // A size argument of -1 or None means "all"; a limit is honoured for
    // `read` only.
    let limit = match args.first() {
        Some(v) if !v.is_none() => v.as_small_int().filter(|n| *n >= 0),
        _ => None,
    };
    match name {
        "readline" => Ok(new_str(stdin_line()?)),
        "readlines" => {
            let mut lines = Vec::new();
            loop {
                let l = stdin_line()?;
                if l.is_empty() {
                    break;
                }
                lines.push(new_str(l));
            }
            Ok(crate::objects::new_list(lines))
        }
        "read" => {
            let mut buf = Vec::new();
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            let r = match limit {
                Some(n) => lock.by_ref().take(n as u64).read_to_end(&mut buf),
                None => lock.read_to_end(&mut buf),
            };
            r.map_err(|e| exc("OSError", e.to_string()))?;
            Ok(new_str(String::from_utf8_lossy(&buf).into_owned()))
        }
        "isatty" => Ok(Value::bool(false)),
        "fileno" => Ok(Value::int(0)),
        _ => Ok(Value::bool(name == "readable")),
    }
}

pub(super) fn call(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    _kwvals: &[Value],
) -> PyResult<Value> {
    match name {
        "exit" => {
            range_args("sys", name, args, kwnames, 0, 1)?;
            let code = args.first().cloned().into_iter().collect();
            Err(new_exception("SystemExit", code))
        }
        "getrecursionlimit" => {
            exact_args("sys", name, args, kwnames, 0)?;
            Ok(Value::int(interp.jit.ctx.limit as i64))
        }
        "setrecursionlimit" => {
            exact_args("sys", name, args, kwnames, 1)?;
            let n = index_arg(&args[0])?;
            let n = n
                .to_i64()
                .filter(|&n| n <= i32::MAX as i64)
                .ok_or_else(|| exc("OverflowError", "Python int too large to convert to C int"))?;
            if n < 1 {
                return Err(exc(
                    "ValueError",
                    "recursion limit must be greater or equal than 1",
                ));
            }
            // CPython counts the call of setrecursionlimit itself.
            let depth = interp.jit.ctx.depth + 1;
            if (n as usize) <= depth {
                return Err(exc(
                    "RecursionError",
                    format!(
                        "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
                    ),
                ));
            }
            interp.jit.ctx.limit = n as usize;
            Ok(Value::none())
        }
        "exc_info" | "exception" => {
            exact_args("sys", name, args, kwnames, 0)?;
            // The exception being handled (the handled stack's top).
            let e = interp.handled.last().cloned();
            if name == "exception" {
                return Ok(e.unwrap_or_else(Value::none));
            }
            Ok(match e {
                None => new_tuple(vec![Value::none(), Value::none(), Value::none()]),
                Some(e) => {
                    let class = interp.class_of(&e);
                    let tb = match e.downcast::<crate::objects::ExceptionObj>() {
                        Some(x) if !x.traceback.borrow().is_empty() => {
                            crate::objects::new_traceback(x.traceback.borrow().clone())
                        }
                        _ => Value::none(),
                    };
                    new_tuple(vec![class, e, tb])
                }
            })
        }
        "intern" => {
            exact_args("sys", name, args, kwnames, 1)?;
            if args[0].downcast::<StrObj>().is_none() {
                return Err(type_error(format!(
                    "intern() argument must be str, not {}",
                    type_name(&args[0])
                )));
            }
            let text = args[0].downcast::<StrObj>().map(|s| s.value.clone());
            Ok(INTERNED.with(|t| {
                t.borrow_mut()
                    .entry(text.unwrap_or_default())
                    .or_insert_with(|| args[0].clone())
                    .clone()
            }))
        }
        "getrefcount" => {
            exact_args("sys", name, args, kwnames, 1)?;
            // The call holds the argument once, as CPython's stack does.
            // Values krait keeps in the word (small ints, None, bools)
            // have no count: they show as immortal ones do in later
            // CPythons.
            Ok(Value::int(match args[0].refcount() {
                Some(n) => n as i64,
                None => u32::MAX as i64,
            }))
        }
        _ => Err(unsupported(&format!("sys.{name}"))),
    }
}

/// The methods of `sys.stdout`/`sys.stderr`, as static names.
pub(super) fn stream_method(name: &str) -> &'static str {
    match name {
        "write" => "write",
        "flush" => "flush",
        "isatty" => "isatty",
        "fileno" => "fileno",
        "writable" => "writable",
        "readline" => "readline",
        "readlines" => "readlines",
        "read" => "read",
        _ => "readable",
    }
}

/// `sys.stdout.write(s)` and the other stream methods.
pub(super) fn stream_call(
    interp: &mut Interp,
    which: &str,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
) -> PyResult<Value> {
    if which == "stdin" {
        return stdin_call(name, args, kwnames);
    }
    let n = if name == "write" { 1 } else { 0 };
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "TextIOWrapper.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != n {
        return Err(type_error(if n == 1 {
            format!(
                "TextIOWrapper.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!(
                "TextIOWrapper.{name}() takes no arguments ({} given)",
                args.len()
            )
        }));
    }
    let w: &mut dyn Write = if which == "stdout" {
        &mut *interp.out
    } else {
        &mut *interp.err
    };
    match name {
        "write" => {
            let Some(s) = args[0].downcast::<StrObj>() else {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    type_name(&args[0])
                )));
            };
            let _ = w.write_all(s.value.as_bytes());
            if which == "stderr" {
                let _ = w.flush();
            }
            Ok(Value::int(s.value.chars().count() as i64))
        }
        "flush" => {
            let _ = w.flush();
            Ok(Value::none())
        }
        "isatty" => Ok(Value::bool(false)),
        "fileno" => Ok(Value::int(if which == "stdout" { 1 } else { 2 })),
        _ => Ok(Value::bool(name == "writable")),
    }
}

/// `sys.version_info.major` and the other fields.
pub(super) fn struct_seq_attr(s: &StructSeqObj, name: &str) -> PyResult<Value> {
    if let Some(i) = s.fields.iter().position(|f| *f == name) {
        return getitem(&s.items, &Value::int(i as i64));
    }
    Err(exc(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", s.qualname),
    ))
}

/// `repr(sys.version_info)`.
pub(super) fn struct_seq_repr(s: &StructSeqObj) -> PyResult<String> {
    let items = match s.items.downcast::<TupleObj>() {
        Some(t) => t.items.clone(),
        None => Vec::new(),
    };
    let mut parts = Vec::new();
    for (f, v) in s.fields.iter().zip(&items) {
        parts.push(format!("{f}={}", to_repr(v)?));
    }
    Ok(format!("{}({})", s.qualname, parts.join(", ")))
}
