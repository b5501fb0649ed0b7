//! `str.format` and `str.format_map`: CPython's `unicode_format.h`
//! (`MarkupIterator_next`, `parse_field`, `field_name_split`,
//! `FieldNameIterator_next`, auto-numbering, two levels of nested specs),
//! with its messages, over the string's characters.

use super::builtins::get_attr;
use super::{Interp, PyResult, exc, getitem, to_repr, to_str, type_error};
use crate::objects::{
    ByteArrayObj, DictObj, ListObj, RangeObj, StrObj, TupleObj, new_bytearray, new_bytes,
    new_exception, new_str,
};
use crate::strops::{self, FmtArg, FmtArgs, StrError};
use crate::value::Value;

/// Where named fields come from.
pub(super) enum Named<'a> {
    /// `format(**kwargs)`: keyword names and values (none: no kwargs).
    Kwargs(&'a [&'a str], &'a [Value]),
    /// `format_map(mapping)`.
    Map(&'a Value),
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Auto {
    Init,
    Numbering,
    Manual,
}

struct Ctx<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: Auto,
    next: usize,
}

fn value_error(msg: &str) -> Value {
    exc("ValueError", msg)
}

/// CPython's `get_integer`: the decimal value of `s`, `None` if it is not
/// all digits (or empty).
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s {
        let Some(d) = c.to_digit(10) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return Err(value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// One replacement field, as `parse_field` splits it.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    expand: bool,
}

/// `parse_field`: from just after `{`; advances `pos` past the field.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let n = s.len();
    let start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < n && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut field = Field {
        name: (start, pos.saturating_sub(1).max(start)),
        conversion: None,
        spec: (0, 0),
        expand: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= n {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < n {
                let d = s[*pos];
                *pos += 1;
                if d == '}' {
                    return Ok(field);
                }
                if d != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let d = s[*pos];
            *pos += 1;
            match d {
                '{' => {
                    field.expand = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

impl Interp<'_, '_> {
    /// `s.format(*args, **kwargs)` / `s.format_map(mapping)` (`args` is
    /// `None` for the latter).
    pub(super) fn str_format(
        &mut self,
        s: &str,
        args: Option<&[Value]>,
        named: Named<'_>,
    ) -> PyResult<String> {
        let chars: Vec<char> = s.chars().collect();
        let mut ctx = Ctx {
            args,
            named,
            auto: Auto::Init,
            next: 0,
        };
        self.build_string(&chars, &mut ctx, 2)
    }

    fn build_string(&mut self, s: &[char], ctx: &mut Ctx<'_>, depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let n = s.len();
        let mut out = String::new();
        let mut pos = 0;
        while pos < n {
            // Literal text up to a brace (`MarkupIterator_next`).
            let start = pos;
            let mut c = '\0';
            let mut markup = false;
            while pos < n {
                c = s[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= n;
            let mut len = pos - start;
            if c == '}' && markup && (at_end || s[pos] != '}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' && markup {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if !at_end && markup {
                if s[pos] == c {
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.extend(&s[start..start + len]);
            if !markup {
                continue;
            }
            let field = parse_field(s, &mut pos)?;
            let obj = self.field_object(s, field.name, ctx)?;
            let obj = match field.conversion {
                None => obj,
                Some('r') => new_str(self.repr_of(&obj)?),
                Some('s') => new_str(self.str_of(&obj)?),
                Some('a') => new_str(super::ascii(&self.repr_of(&obj)?)),
                Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(value_error(&format!("Unknown conversion specifier {c}")));
                }
                Some(c) => {
                    return Err(value_error(&format!(
                        "Unknown conversion specifier \\x{:x}",
                        c as u32
                    )));
                }
            };
            let spec_chars = &s[field.spec.0..field.spec.1];
            let spec = if field.expand {
                self.build_string(spec_chars, ctx, depth - 1)?
            } else {
                spec_chars.iter().collect()
            };
            out.push_str(&self.format_any(&obj, &spec)?);
        }
        Ok(out)
    }

    /// `get_field_object`: the argument a field name selects, with its
    /// `.attr` and `[key]` lookups.
    fn field_object(
        &mut self,
        s: &[char],
        (start, end): (usize, usize),
        ctx: &mut Ctx<'_>,
    ) -> PyResult<Value> {
        let name = &s[start..end];
        let first_len = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_len];
        let mut index = get_integer(first)?;
        let empty = first.is_empty();
        let numeric = empty || index.is_some();
        if ctx.auto == Auto::Init && numeric {
            ctx.auto = if empty { Auto::Numbering } else { Auto::Manual };
        }
        if numeric {
            if ctx.auto == Auto::Manual && empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if ctx.auto != Auto::Manual && !empty {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            index = Some(ctx.next);
            ctx.next += 1;
        }
        let mut obj = match index {
            None => {
                let key: String = first.iter().collect();
                match &ctx.named {
                    Named::Kwargs(names, vals) => match names.iter().position(|n| *n == key) {
                        Some(i) => vals[i].clone(),
                        None => return Err(new_exception("KeyError", vec![new_str(key)])),
                    },
                    Named::Map(m) => getitem(m, &new_str(key))?,
                }
            }
            Some(i) => {
                let Some(args) = ctx.args else {
                    return Err(value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(exc(
                            "IndexError",
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ));
                    }
                }
            }
        };
        // `FieldNameIterator_next` over the rest.
        let rest = &name[first_len..];
        let mut p = 0;
        while p < rest.len() {
            let c = rest[p];
            p += 1;
            let (is_attr, part) = match c {
                '.' => {
                    let b = p;
                    while p < rest.len() && rest[p] != '.' && rest[p] != '[' {
                        p += 1;
                    }
                    (true, &rest[b..p])
                }
                '[' => {
                    let b = p;
                    while p < rest.len() && rest[p] != ']' {
                        p += 1;
                    }
                    if p >= rest.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    p += 1;
                    (false, &rest[b..p - 1])
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            };
            let idx = if is_attr { None } else { get_integer(part)? };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let text: String = part.iter().collect();
            obj = if is_attr {
                get_attr(&obj, &text)?
            } else {
                match idx {
                    Some(i) => getitem(&obj, &Value::int(i as i64))?,
                    None => getitem(&obj, &new_str(text))?,
                }
            };
        }
        Ok(obj)
    }

    /// The `format` and `format_map` methods of `str`.
    pub(super) fn str_format_method(
        &mut self,
        s: &str,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        if name == "format" {
            return self
                .str_format(s, Some(args), Named::Kwargs(kwnames, kwvals))
                .map(new_str);
        }
        if !kwnames.is_empty() {
            return Err(type_error("str.format_map() takes no keyword arguments"));
        }
        if args.len() != 1 {
            return Err(type_error(format!(
                "str.format_map() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        self.str_format(s, None, Named::Map(&args[0])).map(new_str)
    }
}

/// An operand of `%`-formatting as the `strops` kernel takes it.
/// `str(v)` and `repr(v)` for a `%` argument of no built-in kind.
type StrRepr<'a> = &'a mut dyn FnMut(&Value) -> PyResult<(String, String)>;

fn fmt_arg(v: &Value, other: StrRepr) -> PyResult<FmtArg> {
    // An instance of a built-in type's subclass that keeps the built-in
    // `str` and `repr` formats as its value.
    if let Some(inner) = crate::objects::builtin_of(v)
        && super::classes::dunder(v, "__str__").is_none()
        && super::classes::dunder(v, "__repr__").is_none()
    {
        return fmt_arg(inner, other);
    }
    if let Some(b) = v.as_bool() {
        return Ok(FmtArg::Bool(b));
    }
    if let Some(x) = v.as_float() {
        return Ok(FmtArg::Float(x));
    }
    if let Some(i) = v.to_bigint() {
        return Ok(FmtArg::Int(i));
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(FmtArg::Str(s.value.clone()));
    }
    if let Some(data) = super::bytesobj::buf(v) {
        return Ok(FmtArg::Bytes {
            data,
            repr: to_repr(v)?,
            type_name: super::type_name(v),
        });
    }
    let (str, repr) = other(v)?;
    Ok(FmtArg::Other {
        type_name: super::builtins::class_name(v),
        str,
        repr,
    })
}

/// `fmt % args` for a `str`, `bytes` or `bytearray` `fmt` (CPython's
/// `PyUnicode_Format` / `_PyBytes_FormatEx`); `None` for other left
/// operands.
pub(super) fn percent(fmt: &Value, args: &Value) -> Option<PyResult<Value>> {
    percent_with(fmt, args, &mut |v| Ok((to_str(v)?, to_repr(v)?)))
}

/// `percent`, with `other` giving the str and repr of arguments of no
/// built-in kind (the interpreter's, for user classes).
pub(super) fn percent_with(fmt: &Value, args: &Value, other: StrRepr) -> Option<PyResult<Value>> {
    let text = fmt.downcast::<StrObj>();
    let data = if text.is_none() {
        Some(super::bytesobj::buf(fmt)?)
    } else {
        None
    };
    Some((|| {
        let other = std::cell::RefCell::new(other);
        let whole = fmt_arg(args, *other.borrow_mut())?;
        // A lookup's own exception (KeyError, TypeError, ...) is kept here
        // and raised instead of the kernel's placeholder.
        let raised = std::cell::RefCell::new(None);
        let lookup = |key: &str| -> Result<FmtArg, StrError> {
            let k = match data {
                Some(_) => new_bytes(key.chars().map(|c| c as u8).collect()),
                None => new_str(key),
            };
            getitem(args, &k)
                .and_then(|v| fmt_arg(&v, *other.borrow_mut()))
                .map_err(|e| {
                    *raised.borrow_mut() = Some(e);
                    StrError::new("SystemError", "")
                })
        };
        let items;
        let fargs = if let Some(t) = args.downcast::<TupleObj>() {
            items = t
                .items
                .iter()
                .map(|x| fmt_arg(x, *other.borrow_mut()))
                .collect::<PyResult<Vec<_>>>()?;
            FmtArgs::Tuple(&items)
        } else if is_mapping(args) {
            FmtArgs::Mapping {
                whole: &whole,
                lookup: &lookup,
            }
        } else {
            FmtArgs::Single(&whole)
        };
        let out = match (&data, text) {
            (Some(d), _) => strops::percent_format_bytes(d, fargs).map(|b| {
                if fmt.downcast::<ByteArrayObj>().is_some() {
                    new_bytearray(b)
                } else {
                    new_bytes(b)
                }
            }),
            (None, Some(t)) => strops::percent_format(&t.value, fargs).map(new_str),
            (None, None) => unreachable!("checked above"),
        };
        out.map_err(|e| raised.take().unwrap_or_else(|| super::str_err(e)))
    })())
}

/// CPython's `PyMapping_Check` for the right operand of `%`: a type with
/// `__getitem__` other than tuple and str.
fn is_mapping(v: &Value) -> bool {
    v.downcast::<DictObj>().is_some()
        || v.downcast::<ListObj>().is_some()
        || v.downcast::<RangeObj>().is_some()
        || super::bytesobj::buf(v).is_some()
}
