//! `gc`: the cycle collector's controls (`interp/gc.rs`, `crate::gc`).

use super::*;

const FUNCTIONS: &[&str] = &[
    "collect",
    "enable",
    "disable",
    "isenabled",
    "get_count",
    "get_threshold",
    "set_threshold",
    "is_tracked",
    "get_objects",
    "freeze",
    "unfreeze",
    "get_freeze_count",
];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "gc", FUNCTIONS);
    Ok(())
}

/// A generation or threshold argument: an int (`__index__`) that fits a
/// C int.
fn generation_arg(v: &Value) -> PyResult<i64> {
    index_arg(v)?
        .to_i64()
        .filter(|&n| i32::try_from(n).is_ok())
        .ok_or_else(|| exc("OverflowError", "Python int too large to convert to C int"))
}

fn int_tuple(xs: &[isize]) -> Value {
    new_tuple(xs.iter().map(|&x| Value::int(x as i64)).collect())
}

pub(super) fn call(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Value> {
    match name {
        "collect" | "get_objects" => {
            let kw = kwnames.iter().position(|k| *k == "generation");
            if kwnames.len() > usize::from(kw.is_some()) || args.len() + kwnames.len() > 1 {
                return Err(type_error(format!(
                    "{name}() takes at most 1 argument ({} given)",
                    args.len() + kwnames.len()
                )));
            }
            let g = args.first().or(kw.map(|k| &kwvals[k]));
            if name == "collect" {
                let g = match g {
                    Some(v) => generation_arg(v)?,
                    None => 2,
                };
                if !(0..3).contains(&g) {
                    return Err(exc("ValueError", "invalid generation"));
                }
                let n = interp.gc_collect(g as usize)?;
                return Ok(Value::int(n as i64));
            }
            let g = match g {
                Some(v) if !v.is_none() => {
                    let g = generation_arg(v)?;
                    if g >= 3 {
                        return Err(exc(
                            "ValueError",
                            "generation parameter must be less than the number of available generations (3)",
                        ));
                    }
                    if g < 0 {
                        return Err(exc("ValueError", "generation parameter cannot be negative"));
                    }
                    Some(g as usize)
                }
                _ => None,
            };
            Ok(new_list(crate::gc::objects(g)))
        }
        "enable" | "disable" => {
            exact_args("gc", name, args, kwnames, 0)?;
            crate::gc::set_enabled(name == "enable");
            Ok(Value::none())
        }
        "isenabled" => {
            exact_args("gc", name, args, kwnames, 0)?;
            Ok(Value::bool(crate::gc::enabled()))
        }
        "get_count" => {
            exact_args("gc", name, args, kwnames, 0)?;
            Ok(int_tuple(&crate::gc::get_count()))
        }
        "get_threshold" => {
            exact_args("gc", name, args, kwnames, 0)?;
            Ok(int_tuple(&crate::gc::get_threshold()))
        }
        "set_threshold" => {
            range_args("gc", name, args, kwnames, 1, 3)?;
            let mut t = Vec::new();
            for a in args {
                t.push(generation_arg(a)? as isize);
            }
            crate::gc::set_threshold(&t);
            Ok(Value::none())
        }
        "is_tracked" => {
            exact_args("gc", name, args, kwnames, 1)?;
            Ok(Value::bool(super::super::gc::gc_is_tracked(&args[0])))
        }
        "freeze" | "unfreeze" => {
            exact_args("gc", name, args, kwnames, 0)?;
            if name == "freeze" {
                crate::gc::freeze();
            } else {
                crate::gc::unfreeze();
            }
            Ok(Value::none())
        }
        "get_freeze_count" => {
            exact_args("gc", name, args, kwnames, 0)?;
            Ok(Value::int(crate::gc::freeze_count() as i64))
        }
        _ => Err(unsupported(&format!("the native function gc.{name}"))),
    }
}
