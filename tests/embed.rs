//! The embedding API (`krait::Runtime`): results compared with what
//! CPython gives for the same expressions (written here by hand from
//! `python3`).

use krait::{Error, Runtime};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A `Write` the test can read back.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).unwrap()
    }
}

fn runtime() -> (Runtime, Captured) {
    let out = Captured::default();
    let rt = Runtime::builder().stdout(Box::new(out.clone())).build();
    (rt, out)
}

#[test]
fn state_persists_between_pieces() {
    let (mut rt, out) = runtime();
    rt.run("x = 40\ndef inc(v):\n    return v + 2\n").unwrap();
    rt.run("print(inc(x))\ny = [inc(i) for i in range(3)]\n")
        .unwrap();
    assert_eq!(out.text(), "42\n");
    assert_eq!(rt.get::<Vec<i64>>("y").unwrap(), vec![2, 3, 4]);
    assert_eq!(rt.eval::<i64>("x + len(y)").unwrap(), 43);
}

#[test]
fn conversions_both_ways() {
    let (mut rt, _) = runtime();
    rt.set("f", 2.5f64);
    rt.set("s", "héllo");
    rt.set("flag", true);
    rt.set("none", None::<i64>);
    rt.set("pair", (1i64, "two"));
    assert_eq!(rt.eval::<f64>("f * 2").unwrap(), 5.0);
    assert_eq!(rt.eval::<String>("s.upper()").unwrap(), "HÉLLO");
    assert!(!rt.eval::<bool>("not flag").unwrap());
    assert_eq!(rt.eval::<Option<i64>>("none").unwrap(), None);
    assert_eq!(rt.eval::<String>("repr(pair)").unwrap(), "(1, 'two')");
    assert_eq!(rt.eval::<f64>("7").unwrap(), 7.0);
    assert_eq!(rt.eval::<i64>("True").unwrap(), 1);
    assert_eq!(rt.eval::<i64>("-(2**63)").unwrap(), i64::MIN);
    assert!(matches!(rt.eval::<i64>("2**63"), Err(Error::Conversion(_))));
    assert!(matches!(rt.eval::<String>("1"), Err(Error::Conversion(_))));
}

#[test]
fn exceptions_arrive_with_type_message_and_traceback() {
    let (mut rt, _) = runtime();
    let err = rt
        .run("def f(d):\n    return d['k']\n\nf({})\n")
        .unwrap_err();
    let Error::Python(e) = err else {
        panic!("not a Python error")
    };
    assert_eq!(e.type_name, "KeyError");
    assert_eq!(e.message, "'k'");
    assert!(
        e.traceback
            .starts_with("Traceback (most recent call last):\n")
    );
    assert!(e.traceback.contains("line 2, in f"));
    assert!(e.traceback.ends_with("KeyError: 'k'\n"));
    let Err(Error::Python(e)) = rt.run("def broken(:\n") else {
        panic!("no syntax error")
    };
    assert_eq!(e.type_name, "SyntaxError");
    // The runtime is still usable.
    assert_eq!(rt.eval::<i64>("6 * 7").unwrap(), 42);
}

#[test]
fn typed_function_handles_are_checked() {
    let (mut rt, _) = runtime();
    rt.run("def add(a: int, b: int) -> int:\n    return a + b\ndef greet(name):\n    return 'hi ' + name\n")
        .unwrap();
    let add = rt.function::<(i64, i64), i64>("add").unwrap();
    // Hot enough to be compiled: the results must not change.
    for i in 0..5000 {
        assert_eq!(add.call(&mut rt, (i, 1)).unwrap(), i + 1);
    }
    // Python ints do not wrap in compiled code either.
    let big = rt.function::<(i64, i64), String>("add");
    assert!(big.is_err(), "return annotation int is not str");
    assert!(matches!(
        add.call(&mut rt, (i64::MAX, 1)),
        Err(Error::Conversion(_))
    ));
    let greet = rt.function::<(String,), String>("greet").unwrap();
    assert_eq!(greet.call(&mut rt, ("ada".to_owned(),)).unwrap(), "hi ada");
    let Err(Error::Lookup(msg)) = rt.function::<(f64,), i64>("add") else {
        panic!("wrong arity accepted")
    };
    assert!(msg.contains("add(a: int, b: int) -> int"), "{msg}");
    assert!(msg.contains("greet(name: object) -> object"), "{msg}");
    assert!(matches!(
        rt.function::<(), i64>("nope"),
        Err(Error::Lookup(_))
    ));
}

#[test]
fn step_limit_interrupts() {
    let mut rt = Runtime::builder().step_limit(100_000).build();
    let err = rt.run("while True:\n    pass\n").unwrap_err();
    assert!(matches!(err, Error::Python(_)), "{err}");
}

#[test]
fn rust_functions_callable_from_python() {
    let (mut rt, out) = runtime();
    rt.register_fn("scale", |v: Vec<f64>, k: f64| {
        v.into_iter().map(|x| x * k).collect::<Vec<f64>>()
    });
    rt.register_fn("checked_div", |a: i64, b: i64| {
        a.checked_div(b).ok_or("division by zero in Rust")
    });
    rt.register_fn("shout", |s: String| s.to_uppercase());
    rt.run(
        "print(scale([1, 2.5], 2))\n\
         print(shout('hi'), repr(shout), callable(checked_div))\n\
         total = 0\n\
         for i in range(1, 2000):\n    total += checked_div(10 * i, i)\n\
         print(total)\n",
    )
    .unwrap();
    assert_eq!(
        out.text(),
        "[2.0, 5.0]\nHI <built-in function shout> True\n19990\n"
    );
    let Err(Error::Python(e)) = rt.run("checked_div(1, 0)") else {
        panic!("no error")
    };
    assert_eq!(e.type_name, "RuntimeError");
    assert_eq!(e.message, "division by zero in Rust");
    let Err(Error::Python(e)) = rt.run("shout(1)") else {
        panic!("no error")
    };
    assert_eq!(e.type_name, "TypeError");
    assert_eq!(e.message, "shout() argument 1: expected str, got int");
    let Err(Error::Python(e)) = rt.run("shout('a', 'b')") else {
        panic!("no error")
    };
    assert_eq!(
        e.message,
        "shout() takes 1 positional argument but 2 were given"
    );
}
