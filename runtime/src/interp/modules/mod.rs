//! The native modules, implemented in Rust: one file per module, each
//! with an `init` (binding the module's attributes as its globals) and a
//! `call` (its functions, by name). The table below is the one place a
//! module is registered.

use super::*;
use crate::objects::{ModuleObj, NativeFnObj, StdStreamObj, new_native_fn};

mod cmath;
mod gc;
mod math;
mod os;
mod random;
mod re;
pub(super) mod sys;
mod time;
pub(super) mod weakref;

/// The native modules, by name.
const NATIVE: &[&str] = &[
    "sys", "math", "cmath", "time", "gc", "_weakref", "_random", "_re", "_os",
];

pub(super) fn is_native(name: &str) -> bool {
    NATIVE.contains(&name)
}

/// Binds the attributes of native module `name` (module number `m`).
pub(super) fn init(interp: &mut Interp, name: &str, m: u32) -> PyResult<()> {
    match name {
        "sys" => sys::init(interp, m),
        "math" => math::init(interp, m),
        "cmath" => cmath::init(interp, m),
        "time" => time::init(interp, m),
        "gc" => gc::init(interp, m),
        "_weakref" => weakref::init(interp, m),
        "_random" => random::init(interp, m),
        "_re" => re::init(interp, m),
        "_os" => os::init(interp, m),
        _ => Err(unsupported(&format!("the native module '{name}'"))),
    }
}

/// `stdin`, `stdout` or `stderr`, by file descriptor.
fn stream_name(fd: u8) -> &'static str {
    match fd {
        0 => "stdin",
        1 => "stdout",
        _ => "stderr",
    }
}

/// Binds each of `names` in module `m` to a native function.
fn bind_functions(interp: &mut Interp, m: u32, module: &'static str, names: &[&'static str]) {
    for &n in names {
        interp.set_global(m, n, new_native_fn(module, n));
    }
}

/// Calls the native function `module.name`.
pub(super) fn call(
    interp: &mut Interp,
    module: &str,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Value> {
    match module {
        "sys" => sys::call(interp, name, args, kwnames, kwvals),
        "stdout" | "stderr" | "stdin" => sys::stream_call(interp, module, name, args, kwnames),
        "math" => math::call(interp, name, args, kwnames, kwvals),
        "cmath" => cmath::call(interp, name, args, kwnames, kwvals),
        "time" => time::call(interp, name, args, kwnames),
        "gc" => gc::call(interp, name, args, kwnames, kwvals),
        "_weakref" => weakref::call(interp, name, args, kwnames, kwvals),
        "_random" => random::call(interp, name, args, kwnames),
        "_re" => re::call(interp, name, args, kwnames),
        "_os" => os::call(interp, name, args, kwnames),
        "_exgroup" => interp.star_call(name, args),
        _ => Err(unsupported(&format!("the native function {module}.{name}"))),
    }
}

/// Attributes of native functions and of `sys.stdout`/`sys.stderr`;
/// `None` for other objects.
pub(super) fn native_attr(o: &Value, name: &str) -> Option<PyResult<Value>> {
    if let Some(f) = o.downcast::<NativeFnObj>() {
        return Some(match name {
            "__name__" | "__qualname__" => Ok(new_str(f.name)),
            "__module__" => Ok(match f.module {
                "stdout" | "stderr" | "stdin" => Value::none(),
                m => new_str(m),
            }),
            _ => Err(exc(
                "AttributeError",
                format!("'builtin_function_or_method' object has no attribute '{name}'"),
            )),
        });
    }
    if let Some(s) = o.downcast::<crate::objects::StructSeqObj>() {
        return Some(sys::struct_seq_attr(s, name));
    }
    let s = o.downcast::<StdStreamObj>()?;
    let which = stream_name(s.fd);
    Some(match name {
        "write" | "flush" | "isatty" | "fileno" | "writable" | "readable" if s.fd != 0 => {
            Ok(new_native_fn(which, sys::stream_method(name)))
        }
        "readline" | "readlines" | "read" | "isatty" | "fileno" | "writable" | "readable"
            if s.fd == 0 =>
        {
            Ok(new_native_fn(which, sys::stream_method(name)))
        }
        "name" => Ok(new_str(format!("<{which}>"))),
        "mode" => Ok(new_str(if s.fd == 0 { "r" } else { "w" })),
        "encoding" => Ok(new_str("utf-8")),
        "closed" => Ok(Value::bool(false)),
        _ => Err(exc(
            "AttributeError",
            format!("'_io.TextIOWrapper' object has no attribute '{name}'"),
        )),
    })
}

/// `repr` of modules, native functions and the standard streams.
pub(super) fn native_repr(v: &Value) -> Option<String> {
    if let Some(m) = v.downcast::<ModuleObj>() {
        return Some(match &m.file {
            Some(f) => format!("<module '{}' from '{f}'>", m.name),
            None => format!("<module '{}' (built-in)>", m.name),
        });
    }
    if let Some(f) = v.downcast::<NativeFnObj>() {
        return Some(match f.module {
            "stdout" | "stderr" | "stdin" => format!(
                "<built-in method {} of _io.TextIOWrapper object at {:#x}>",
                f.name, f as *const NativeFnObj as usize
            ),
            _ => format!("<built-in function {}>", f.name),
        });
    }
    if let Some(s) = v.downcast::<crate::objects::StructSeqObj>() {
        return sys::struct_seq_repr(s).ok();
    }
    if let Some(s) = v.downcast::<StdStreamObj>() {
        let which = stream_name(s.fd);
        let mode = if s.fd == 0 { "r" } else { "w" };
        return Some(format!(
            "<_io.TextIOWrapper name='<{which}>' mode='{mode}' encoding='utf-8'>"
        ));
    }
    None
}

/// `TypeError` unless exactly `n` positional arguments and no keywords,
/// worded as CPython's argument clinic does for `module.name`.
fn exact_args(
    module: &str,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    n: usize,
) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "{module}.{name}() takes no keyword arguments"
        )));
    }
    if args.len() == n {
        return Ok(());
    }
    if n == 1 {
        return Err(type_error(format!(
            "{module}.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    if n == 0 {
        return Err(type_error(format!(
            "{module}.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Err(type_error(format!(
        "{name} expected {n} arguments, got {}",
        args.len()
    )))
}

/// `TypeError` unless `min..=max` positional arguments and no keywords
/// (`_PyArg_CheckPositional`'s wording).
fn range_args(
    module: &str,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "{module}.{name}() takes no keyword arguments"
        )));
    }
    let n = args.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(())
}

/// An int argument (`__index__`): bools and ints.
fn index_arg(v: &Value) -> PyResult<BigInt> {
    match to_num(v) {
        Some(Num::F(_)) | None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
        Some(n) => Ok(to_big(&n)),
    }
}

/// A float argument (`PyFloat_AsDouble`): floats, ints, bools.
fn float_arg(v: &Value) -> PyResult<f64> {
    match to_num(v) {
        Some(n) => to_f64(&n),
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}
