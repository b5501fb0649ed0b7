//! The numeric conversion protocol of user objects: `__index__` (where a
//! built-in wants an integer: indexing a sequence, `range`, `bin`, `*` of
//! a sequence), `__int__`/`__float__` (`int()`, `float()`, the `math`
//! functions), `__round__`, `__floor__`, `__ceil__`, `__trunc__`.
//!
//! The built-in operations work on built-in values and cannot call user
//! code; the interpreter converts a user operand here first, with
//! CPython's errors for a dunder returning the wrong type.

use super::builtins::class_name;
use super::classes::{dunder, user_class_of};
use super::{Interp, PyResult, type_error};
use crate::objects::builtin_of;
use crate::value::Value;

/// Whether `v` is an int (a bool included), as a conversion must return.
fn is_int(v: &Value) -> bool {
    v.as_small_int().is_some()
        || v.as_bool().is_some()
        || v.downcast::<crate::value::IntObj>().is_some()
}

/// A user instance that is not an instance of a built-in type's subclass
/// (those convert through the built-in value they extend).
fn plain_user(v: &Value) -> bool {
    user_class_of(v).is_some() && builtin_of(v).is_none()
}

impl Interp<'_, '_> {
    /// `operator.index(v)` for a user instance defining `__index__`
    /// (`None`: `v` is not one).
    pub(super) fn user_index(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !plain_user(v) || dunder(v, "__index__").is_none() {
            return Ok(None);
        }
        let r = self
            .call_dunder(v, "__index__", vec![])?
            .unwrap_or_else(Value::none);
        if !is_int(&r) {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                class_name(&r)
            )));
        }
        Ok(Some(builtin_of(&r).cloned().unwrap_or(r)))
    }

    /// Replaces each user argument that defines `__index__` by its index.
    pub(super) fn index_args(&mut self, args: &mut [Value]) -> PyResult<()> {
        for a in args.iter_mut() {
            if let Some(i) = self.user_index(a)? {
                *a = i;
            }
        }
        Ok(())
    }

    /// `int(v)` for a user instance: `__int__`, `__index__`, then
    /// `__trunc__` (`None`: it defines none of them).
    pub(super) fn user_int(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !plain_user(v) {
            return Ok(None);
        }
        for name in ["__int__", "__index__", "__trunc__"] {
            if dunder(v, name).is_none() {
                continue;
            }
            let r = self
                .call_dunder(v, name, vec![])?
                .unwrap_or_else(Value::none);
            if is_int(&r) {
                return Ok(Some(builtin_of(&r).cloned().unwrap_or(r)));
            }
            if name == "__trunc__" {
                // `__trunc__` may return any object with `__index__`.
                if let Some(i) = self.user_index(&r)? {
                    return Ok(Some(i));
                }
                return Err(type_error(format!(
                    "__trunc__ returned non-Integral (type {})",
                    class_name(&r)
                )));
            }
            return Err(type_error(format!(
                "{name} returned non-int (type {})",
                class_name(&r)
            )));
        }
        Ok(None)
    }

    /// `float(v)` for a user instance: `__float__`, then `__index__`
    /// (`None`: it defines neither).
    pub(super) fn user_float(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !plain_user(v) {
            return Ok(None);
        }
        if dunder(v, "__float__").is_some() {
            let r = self
                .call_dunder(v, "__float__", vec![])?
                .unwrap_or_else(Value::none);
            return match r.as_float() {
                Some(x) => Ok(Some(Value::float(x))),
                None => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    class_name(v),
                    class_name(&r)
                ))),
            };
        }
        match self.user_index(v)? {
            Some(i) => match super::to_num(&i) {
                Some(n) => super::to_f64(&n).map(|x| Some(Value::float(x))),
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// The `cmath` module's view of a user argument: `__complex__`, then
    /// `__float__` or `__index__` (`None`: it defines none of them).
    pub(super) fn user_complex(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !plain_user(v) {
            return Ok(None);
        }
        if dunder(v, "__complex__").is_some() {
            let r = self
                .call_dunder(v, "__complex__", vec![])?
                .unwrap_or_else(Value::none);
            if r.downcast::<crate::objects::ComplexObj>().is_none() {
                return Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    class_name(&r)
                )));
            }
            return Ok(Some(r));
        }
        self.user_float(v)
    }

    /// `round(v[, ndigits])` for a user instance defining `__round__`.
    pub(super) fn user_round(
        &mut self,
        v: &Value,
        ndigits: Option<&Value>,
    ) -> PyResult<Option<Value>> {
        if !plain_user(v) {
            return Ok(None);
        }
        if dunder(v, "__round__").is_none() {
            return Err(type_error(format!(
                "type {} doesn't define __round__ method",
                class_name(v)
            )));
        }
        self.call_dunder(v, "__round__", ndigits.into_iter().cloned().collect())
    }

    /// The `math` module's view of a user argument: `math.floor`/`ceil`/
    /// `trunc` call the dunder of the same name (their result returned
    /// as it is: `Ok(Err(result))`); the integer functions take
    /// `__index__`; the others `__float__` (or `__index__`).
    pub(super) fn math_args(
        &mut self,
        name: &str,
        args: &mut [Value],
    ) -> PyResult<Result<(), Value>> {
        if !args.iter().any(plain_user) {
            return Ok(Ok(()));
        }
        if let ("floor" | "ceil" | "trunc", [x]) = (name, &args[..])
            && plain_user(x)
        {
            let d = format!("__{name}__");
            if dunder(x, &d).is_some() {
                let r = self.call_dunder(x, &d, vec![])?.unwrap_or_else(Value::none);
                return Ok(Err(r));
            }
            if name == "trunc" {
                return Err(type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    class_name(x)
                )));
            }
        }
        let integer = matches!(
            name,
            "factorial" | "gcd" | "lcm" | "comb" | "perm" | "isqrt"
        );
        for a in args.iter_mut() {
            let c = if integer {
                self.user_index(a)?
            } else {
                self.user_float(a)?
            };
            if let Some(c) = c {
                *a = c;
            }
        }
        Ok(Ok(()))
    }
}
