//! `eval` and `exec`: source compiled like an imported module's
//! (`imports::compile_code`) and run on a nested run loop.
//!
//! Where its names live follows CPython:
//! - no mappings given, called at module level: the caller's module is
//!   the namespace (its globals, read and written directly);
//! - called in a function or class body: the caller's module for globals,
//!   and the caller's locals as a namespace the code looks in first
//!   (`LoadName`/`StoreName`, as a class body does) — a snapshot for a
//!   function, as CPython's `locals()` is, so `exec` cannot rebind a
//!   function's variables; the class namespace itself in a class body;
//! - a `globals` dict: a new module whose globals are loaded from the dict
//!   and written back to it when the code finishes (so functions the code
//!   defines keep working on that module); a `locals` mapping: the
//!   namespace, written back likewise.
//!
//! Compiled code is cached per source text and module, so `eval` in a
//! loop compiles once. Tracebacks name the code `<string>`.

use super::builtins::class_name;
use super::*;

impl Interp<'_, '_> {
    /// `eval(source, globals=None, locals=None)` and `exec(...)` called
    /// from `frame`.
    pub(super) fn eval_exec(
        &mut self,
        frame: &Frame,
        which: Builtin,
        args: &[Value],
        kwnames: &[&str],
    ) -> PyResult<Value> {
        let name = which.name();
        let eval = which == Builtin::Eval;
        let npos = args.len() - kwnames.len();
        let mut slots: [Option<Value>; 3] = [None, None, None];
        for (i, a) in args[..npos].iter().enumerate() {
            if i >= 3 {
                return Err(type_error(format!(
                    "{name} expected at most 3 arguments, got {npos}"
                )));
            }
            slots[i] = Some(a.clone());
        }
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            match (*k, eval) {
                ("globals", false) => slots[1] = Some(v.clone()),
                ("locals", false) => slots[2] = Some(v.clone()),
                // `closure=` (3.11) only matters for code objects.
                ("closure", false) => {}
                _ if eval => {
                    return Err(type_error("eval() takes no keyword arguments"));
                }
                _ => {
                    return Err(type_error(format!(
                        "exec() got an unexpected keyword argument '{k}'"
                    )));
                }
            }
        }
        let [Some(src), globals, locals] = slots else {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        };
        let globals = globals.filter(|g| !g.is_none());
        let locals = locals.filter(|l| !l.is_none());
        let text = if let Some(s) = src.downcast::<StrObj>() {
            s.value.clone()
        } else if let Some(b) = super::bytesobj::buf(&src) {
            String::from_utf8_lossy(&b).into_owned()
        } else {
            return Err(type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )));
        };
        // eval ignores leading spaces and tabs, as CPython's does.
        let text = if eval {
            text.trim_start_matches([' ', '\t']).to_owned()
        } else {
            text
        };
        if let Some(g) = &globals
            && g.downcast::<DictObj>().is_none()
        {
            let mapping =
                super::classes::dunder(g, "__getitem__").is_some() || super::seq_items(g).is_some();
            return Err(type_error(if eval && mapping {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_owned()
            } else if eval {
                "globals must be a dict".to_owned()
            } else {
                format!("exec() globals must be a dict, not {}", class_name(g))
            }));
        }
        if let Some(l) = &locals
            && super::classes::dunder(l, "__getitem__").is_none()
            && l.downcast::<DictObj>().is_none()
        {
            return Err(type_error(if eval {
                "locals must be a mapping".to_owned()
            } else {
                format!("locals must be a mapping or None, not {}", class_name(l))
            }));
        }

        // The module and the namespace the code runs with.
        let caller = &self.module.functions[frame.func];
        let at_module_level = caller.kind == krait_ir::FunctionKind::Module && frame.ns.is_none();
        let (module, new_module) = match &globals {
            Some(g) => {
                let g = g.downcast::<DictObj>().expect("checked above");
                let modname = collections::dict_lookup(g, &new_str("__name__"))?
                    .and_then(|n| n.downcast::<StrObj>().map(|s| s.value.clone()))
                    .unwrap_or_else(|| "builtins".to_owned());
                let m = self.new_module_info(&modname, None, "");
                let own: Vec<String> = self.module_items(m).into_iter().map(|(k, _)| k).collect();
                for (k, v) in collections::dict_entries(g) {
                    if let Some(k) = k.downcast::<StrObj>() {
                        self.set_global(m, &k.value, v);
                    }
                }
                (m, Some(own))
            }
            None => (self.frame_module(frame), None),
        };
        // The namespace: an explicit locals mapping, else (no globals
        // given) the caller's locals when it is not module code.
        let ns: Option<Namespace> = match (&locals, &globals) {
            (Some(l), _) => {
                let items = if let Some(d) = l.downcast::<DictObj>() {
                    collections::dict_entries(d)
                } else {
                    let f = self.get_attr(l, "keys")?;
                    let keys = self.call_now(&f, vec![], &[])?;
                    let mut out = Vec::new();
                    for k in self.collect_iter(&keys)? {
                        let v = self.getitem_of(l, &k)?;
                        out.push((k, v));
                    }
                    out
                };
                let mut named = Vec::with_capacity(items.len());
                for (k, v) in items {
                    if let Some(s) = k.downcast::<StrObj>() {
                        named.push((s.value.clone(), v));
                    }
                }
                Some(Rc::new(RefCell::new(named)))
            }
            (None, None) if !at_module_level => match &frame.ns {
                Some(ns) => Some(ns.clone()),
                None => {
                    let d = self.frame_locals(frame, caller)?;
                    let d = d.downcast::<DictObj>().expect("frame_locals gives a dict");
                    let items = collections::dict_entries(d)
                        .into_iter()
                        .filter_map(|(k, v)| {
                            k.downcast::<StrObj>().map(|s| (s.value.clone(), v.clone()))
                        })
                        .collect();
                    Some(Rc::new(RefCell::new(items)))
                }
            },
            _ => None,
        };

        let base = self.compile_code_for(&text, module, ns.is_some(), eval)?;
        let mut run = self.new_frame(base);
        run.ns = ns.clone();
        let r = self.run_frame(run);

        // Write what the code bound back to the mappings it was given.
        if let (Some(g), Some(own)) = (&globals, &new_module) {
            let g = g.downcast::<DictObj>().expect("checked above");
            for (k, v) in self.module_items(module) {
                let given = collections::dict_lookup(g, &new_str(k.as_str()))?.is_some();
                if given || !own.contains(&k) {
                    collections::dict_store(g, new_str(k), v)?;
                }
            }
        }
        if let (Some(l), Some(ns)) = (&locals, &ns) {
            let items: Vec<(String, Value)> = ns.borrow().clone();
            for (k, v) in items {
                if let Some(d) = l.downcast::<DictObj>() {
                    collections::dict_store(d, new_str(k), v)?;
                } else {
                    self.setitem_of(l, &new_str(k), v)?;
                }
            }
        }
        let v = r?;
        Ok(if eval { v } else { Value::none() })
    }

    /// The body function of `text` compiled for module `m` (cached per
    /// text, module and mode).
    fn compile_code_for(
        &mut self,
        text: &str,
        m: u32,
        namespace: bool,
        eval: bool,
    ) -> PyResult<usize> {
        let key = (text.to_owned(), m, namespace, eval);
        if let Some(&base) = self.code_cache.get(&key) {
            return Ok(base);
        }
        let (source, ir) =
            super::imports::compile_code("<string>", text.as_bytes(), namespace, eval)?;
        let n = ir.functions.len();
        let base = self.merge_functions(ir)?;
        self.register_functions(m, base);
        self.code_files
            .push((base, base + n, Rc::from(source.as_str())));
        self.code_cache.insert(key, base);
        Ok(base)
    }
}
