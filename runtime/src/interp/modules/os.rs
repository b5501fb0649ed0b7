//! `_os`: the operating-system calls under `runtime/lib/os.py` (Python):
//! `getcwd()`, `listdir(path)`, `environ()` (a dict of the environment),
//! `kind(path)` (0 missing, 1 file, 2 directory, 3 other), `getpid()`,
//! `mkdir(path)`, `rmdir(path)`, `remove(path)`, `rename(a, b)`.
//! Failures raise CPython's `OSError` subclasses (`files::os_error`).

use super::*;
use crate::interp::files::os_error;
use crate::objects::{DictObj, StrObj};

const FUNCTIONS: &[&str] = &[
    "getcwd", "listdir", "environ", "kind", "getpid", "mkdir", "rmdir", "remove", "rename",
    "getsize", "islink", "samestat", "realpath",
];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "_os", FUNCTIONS);
    Ok(())
}

fn path_arg(v: &Value) -> PyResult<&str> {
    v.downcast::<StrObj>()
        .map(|s| s.value.as_str())
        .ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(v)
            ))
        })
}

pub(super) fn call(
    _interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
) -> PyResult<Value> {
    let want = match name {
        "getcwd" | "environ" | "getpid" => 0,
        "rename" | "samestat" => 2,
        _ => 1,
    };
    exact_args("_os", name, args, kwnames, want)?;
    match name {
        "getcwd" => match std::env::current_dir() {
            Ok(p) => Ok(new_str(p.to_string_lossy().into_owned())),
            Err(e) => Err(os_error(&e, None)),
        },
        "getpid" => Ok(Value::int(std::process::id() as i64)),
        "environ" => {
            let d = crate::objects::new_dict(crate::table::Dict::new());
            let obj = d.downcast::<DictObj>().expect("a new dict");
            for (k, v) in std::env::vars_os() {
                let k = new_str(k.to_string_lossy().into_owned());
                let v = new_str(v.to_string_lossy().into_owned());
                crate::interp::collections::dict_store(obj, k, v)?;
            }
            Ok(d)
        }
        "kind" => {
            let p = path_arg(&args[0])?;
            Ok(Value::int(match std::fs::metadata(p) {
                Err(_) => 0,
                Ok(m) if m.is_file() => 1,
                Ok(m) if m.is_dir() => 2,
                Ok(_) => 3,
            }))
        }
        "listdir" => {
            let p = path_arg(&args[0])?;
            let rd = std::fs::read_dir(p).map_err(|e| os_error(&e, Some(&args[0])))?;
            let mut names = Vec::new();
            for ent in rd {
                let ent = ent.map_err(|e| os_error(&e, Some(&args[0])))?;
                names.push(new_str(ent.file_name().to_string_lossy().into_owned()));
            }
            Ok(new_list(names))
        }
        "mkdir" | "rmdir" | "remove" => {
            let p = path_arg(&args[0])?;
            let r = match name {
                "mkdir" => std::fs::create_dir(p),
                "rmdir" => std::fs::remove_dir(p),
                _ => std::fs::remove_file(p),
            };
            r.map_err(|e| os_error(&e, Some(&args[0])))?;
            Ok(Value::none())
        }
        "rename" => {
            let (a, b) = (path_arg(&args[0])?, path_arg(&args[1])?);
            std::fs::rename(a, b).map_err(|e| os_error(&e, Some(&args[0])))?;
            Ok(Value::none())
        }
        "realpath" => {
            // The longest existing prefix resolved, the rest appended.
            let p = std::path::Path::new(path_arg(&args[0])?);
            let mut rest = Vec::new();
            let mut cur = p;
            loop {
                if let Ok(c) = std::fs::canonicalize(cur) {
                    let mut out = c;
                    for part in rest.iter().rev() {
                        out.push(part);
                    }
                    return Ok(new_str(out.to_string_lossy().into_owned()));
                }
                match (cur.file_name(), cur.parent()) {
                    (Some(n), Some(parent)) => {
                        rest.push(n.to_owned());
                        cur = parent;
                    }
                    _ => return Ok(args[0].clone()),
                }
            }
        }
        "getsize" => {
            let p = path_arg(&args[0])?;
            let m = std::fs::metadata(p).map_err(|e| os_error(&e, Some(&args[0])))?;
            Ok(Value::int(m.len() as i64))
        }
        "islink" => {
            let p = path_arg(&args[0])?;
            Ok(Value::bool(
                std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()),
            ))
        }
        "samestat" => {
            use std::os::unix::fs::MetadataExt;
            let a =
                std::fs::metadata(path_arg(&args[0])?).map_err(|e| os_error(&e, Some(&args[0])))?;
            let b =
                std::fs::metadata(path_arg(&args[1])?).map_err(|e| os_error(&e, Some(&args[1])))?;
            Ok(Value::bool(a.dev() == b.dev() && a.ino() == b.ino()))
        }
        _ => Err(unsupported(&format!("the native function _os.{name}"))),
    }
}
