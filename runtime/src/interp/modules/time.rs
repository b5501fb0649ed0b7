//! `time`: clocks and `sleep`.

use super::*;

const FUNCTIONS: &[&str] = &[
    "time",
    "time_ns",
    "perf_counter",
    "perf_counter_ns",
    "monotonic",
    "monotonic_ns",
    "sleep",
];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "time", FUNCTIONS);
    Ok(())
}

/// Nanoseconds since the Unix epoch.
fn wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds of a monotonic clock (since the first use in this process).
fn mono_ns() -> i128 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    start.elapsed().as_nanos() as i128 + 1_000_000_000
}

fn ns_value(ns: i128) -> Value {
    Value::from_bigint(BigInt::from(ns))
}

pub(super) fn call(
    _interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
) -> PyResult<Value> {
    if name == "sleep" {
        exact_args("time", name, args, kwnames, 1)?;
        let secs = match to_num(&args[0]) {
            Some(n) => to_f64(&n)?,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&args[0])
                )));
            }
        };
        if secs.is_nan() {
            return Err(exc("ValueError", "Invalid value NaN (not a number)"));
        }
        if secs < 0.0 {
            return Err(exc("ValueError", "sleep length must be non-negative"));
        }
        if secs > 1e9 {
            return Err(exc(
                "OverflowError",
                "timestamp too large to convert to C _PyTime_t",
            ));
        }
        std::thread::sleep(std::time::Duration::from_secs_f64(secs));
        return Ok(Value::none());
    }
    exact_args("time", name, args, kwnames, 0)?;
    let ns = match name {
        "time" | "time_ns" => wall_ns(),
        _ => mono_ns(),
    };
    if name.ends_with("_ns") {
        Ok(ns_value(ns))
    } else {
        Ok(Value::float(ns as f64 / 1e9))
    }
}
