//! krait's runtime: the reference-counted object model, and (next) the
//! interpreter for the IR, builtins and native modules.
//!
//! [`value`] is the object model's core: the one-word [`value::Value`]
//! (tagged small ints, pointers to reference-counted heap objects) and the
//! object header layout compiled code relies on. See ARCHITECTURE.md.

pub mod attrs;
pub mod bytesops;
pub mod cmath_tables;
pub mod complex;
pub mod dir_tables;
pub mod format;
pub mod gc;
pub mod interp;
pub mod libm;
pub mod num;
pub mod objects;
pub mod strops;
pub mod suggest;
pub mod table;
pub mod value;
