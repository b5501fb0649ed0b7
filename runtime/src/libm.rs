//! The C library's math functions, as CPython calls them.
//!
//! CPython's `math` and `cmath` call the platform's libm, and programs
//! print the last bit of the results, so krait must call the same code.
//! Rust's `f64` methods are not always that code: `asinh`, `acosh` and
//! `atanh` are computed in Rust, and the runtime links its own `cbrt`,
//! `hypot` and friends into the executable (local symbols that shadow
//! libm's for a plain `extern` declaration too). So each function here is
//! looked up in the loaded libm by name, once, with `dlsym`; the Rust
//! version is the fallback when no libm is loaded (a static build).

use std::sync::OnceLock;

unsafe extern "C" {
    fn dlsym(handle: *mut std::ffi::c_void, name: *const std::ffi::c_char)
    -> *mut std::ffi::c_void;
}

/// Looks up `name` (NUL-terminated) in the process's libraries.
fn lookup(name: &std::ffi::CStr) -> *mut std::ffi::c_void {
    // SAFETY: `dlsym` with RTLD_DEFAULT (null) and a NUL-terminated name
    // only reads the loaded libraries' symbol tables.
    unsafe { dlsym(std::ptr::null_mut(), name.as_ptr()) }
}

macro_rules! libm1 {
    ($($name:ident => $fallback:expr;)*) => {$(
        #[doc = concat!("libm's `", stringify!($name), "`.")]
        pub fn $name(x: f64) -> f64 {
            static F: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
            let f = F.get_or_init(|| {
                let p = lookup(&std::ffi::CString::new(stringify!($name)).unwrap());
                // SAFETY: the symbol, when present, is libm's
                // `double name(double)`.
                (!p.is_null()).then(|| unsafe {
                    std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(p)
                })
            });
            match f {
                Some(f) => f(x),
                None => $fallback(x),
            }
        }
    )*};
}

macro_rules! libm2 {
    ($($name:ident => $fallback:expr;)*) => {$(
        #[doc = concat!("libm's `", stringify!($name), "`.")]
        pub fn $name(x: f64, y: f64) -> f64 {
            static F: OnceLock<Option<extern "C" fn(f64, f64) -> f64>> = OnceLock::new();
            let f = F.get_or_init(|| {
                let p = lookup(&std::ffi::CString::new(stringify!($name)).unwrap());
                // SAFETY: the symbol, when present, is libm's
                // `double name(double, double)`.
                (!p.is_null()).then(|| unsafe {
                    std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64, f64) -> f64>(p)
                })
            });
            match f {
                Some(f) => f(x, y),
                None => $fallback(x, y),
            }
        }
    )*};
}

libm1! {
    cbrt => f64::cbrt;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    log1p => f64::ln_1p;
}

libm2! {
    hypot => f64::hypot;
    atan2 => f64::atan2;
}
