//! Modules and `import`, following CPython's `importlib._bootstrap`.
//!
//! **Namespaces.** Every module (the main script is module 0) owns a set
//! of global numbers: `ModuleInfo::names` maps each of its names to an
//! index of `Interp::globals`, the one vector compiled code reads through
//! `JitCtx::globals`. A function's name table is mapped, once, to the
//! global numbers of *its* module (`fn_module`), so `LoadGlobal` stays two
//! array loads. A module object (`ModuleObj`) is just the module's number:
//! its attributes are those globals.
//!
//! **Loading.** An imported source file is compiled (parse, scopes,
//! lowering, inference) and its functions appended to the interpreter's
//! function table (the IR's `FuncId`s in `MakeFunction` are shifted by the
//! table's length); the enlarged table is a new `Module` (its functions
//! are shared `Rc`s, so this copies pointers), leaked so that references
//! into the previous one stay valid for the rest of the run.
//! Then the module is put in `sys.modules` and its body runs; if the body
//! raises, it is taken out again (CPython's `_load_unlocked`).
//!
//! **Finding.** Top-level names: the native modules (`modules/`), then
//! each directory of `sys.path` (`name/__init__.py`, a package, before
//! `name.py`); submodules: the parent package's `__path__`. The last entry
//! of `sys.path` is `<krait-lib>`: the standard library modules written in
//! Python (`runtime/lib/`, embedded by `build.rs`), so a program's own
//! `bisect.py` shadows krait's as it would shadow CPython's. A standard
//! library module krait does not have is a `SystemError` saying so, never
//! a `ModuleNotFoundError` CPython would not raise.

use super::builtins::ns_dict;
use super::*;
use crate::objects::{ModuleObj, new_module};

/// A module of the run.
pub(super) struct ModuleInfo {
    /// The file it was loaded from, for tracebacks (`None`: native).
    pub file: Option<String>,
    /// The source text, for tracebacks.
    pub source: Rc<str>,
    /// Name -> global index.
    pub names: HashMap<String, u32>,
    /// Its global indices in the order they were made (`__dict__` order).
    pub order: Vec<u32>,
    /// The module object (`None` after teardown).
    pub obj: Option<Value>,
    /// Its body is still running (`from m import x` during a circular
    /// import names the module "partially initialized").
    pub initializing: bool,
}

/// The top-level modules of CPython 3.11's standard library
/// (`sys.stdlib_module_names`): importing one that krait lacks is
/// "not supported yet", not a `ModuleNotFoundError`.
const STDLIB: &[&str] = &[
    "__future__",
    "_abc",
    "_ast",
    "_bisect",
    "_collections",
    "_collections_abc",
    "_csv",
    "_datetime",
    "_decimal",
    "_functools",
    "_heapq",
    "_io",
    "_json",
    "_operator",
    "_random",
    "_thread",
    "_weakref",
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bisect",
    "builtins",
    "bz2",
    "calendar",
    "cmath",
    "codecs",
    "collections",
    "colorsys",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "cProfile",
    "csv",
    "ctypes",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "marshal",
    "mmap",
    "multiprocessing",
    "numbers",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "pkgutil",
    "platform",
    "pprint",
    "profile",
    "pstats",
    "queue",
    "quopri",
    "random",
    "re",
    "reprlib",
    "resource",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "socket",
    "sqlite3",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "symtable",
    "sysconfig",
    "tarfile",
    "tempfile",
    "textwrap",
    "threading",
    "timeit",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "xml",
    "zipfile",
    "zlib",
    "zoneinfo",
];

/// `ImportError(msg)` with its `name` and `path` attributes.
fn import_error(class: &'static str, msg: String, name: Option<&str>, path: Option<&str>) -> Value {
    let e = new_exception(class, vec![new_str(msg)]);
    if let Some(o) = e.downcast::<ExceptionObj>() {
        o.dict
            .set("name", Some(name.map_or_else(Value::none, new_str)));
        o.dict
            .set("path", Some(path.map_or_else(Value::none, new_str)));
    }
    e
}

fn not_found(name: &str) -> Value {
    import_error(
        "ModuleNotFoundError",
        format!("No module named '{name}'"),
        Some(name),
        None,
    )
}

fn str_value(v: &Value) -> Option<String> {
    v.downcast::<StrObj>().map(|s| s.value.clone())
}

/// Where a source module was found.
struct Found {
    file: String,
    /// A package: its directory (`__path__`).
    package_dir: Option<String>,
}

impl Interp<'_, '_> {
    /// A new module (namespace and object); its `__name__` is bound.
    pub(super) fn new_module_info(&mut self, name: &str, file: Option<&str>, source: &str) -> u32 {
        let id = self.modules.len() as u32;
        let obj = new_module(id, name.to_owned(), file.map(str::to_owned));
        self.modules.push(ModuleInfo {
            file: file.map(str::to_owned),
            source: Rc::from(source),
            names: HashMap::new(),
            order: Vec::new(),
            obj: Some(obj),
            initializing: false,
        });
        self.set_global(id, "__name__", new_str(name));
        id
    }

    /// The global index of `name` in module `m`, made on first use.
    pub(super) fn global_slot_in(&mut self, m: u32, name: &str) -> u32 {
        if let Some(&i) = self.modules[m as usize].names.get(name) {
            return i;
        }
        let i = self.globals.len() as u32;
        self.globals.push(None);
        self.global_builtins.push(self.builtins.get(name).cloned());
        self.global_names.push(name.to_owned());
        let info = &mut self.modules[m as usize];
        info.names.insert(name.to_owned(), i);
        info.order.push(i);
        // Compiled code reads globals through these pointers.
        self.jit.ctx.globals = self.globals.as_ptr() as *const usize;
        self.jit.ctx.builtins = self.global_builtins.as_ptr() as *const usize;
        i
    }

    pub(super) fn set_global(&mut self, m: u32, name: &str, v: Value) {
        let g = self.global_slot_in(m, name) as usize;
        let old = self.globals[g].replace(v);
        drop(old);
    }

    pub(super) fn get_global(&self, m: u32, name: &str) -> Option<Value> {
        let g = *self.modules.get(m as usize)?.names.get(name)?;
        self.globals[g as usize].clone()
    }

    /// Sets up functions `first..` of `self.module`, which belong to
    /// module `m`: their name tables, constants, call shapes, plans and
    /// JIT state.
    pub(super) fn register_functions(&mut self, m: u32, first: usize) {
        let module = self.module;
        for f in &module.functions[first..] {
            self.fn_module.push(m);
            let map = f.names.iter().map(|n| self.global_slot_in(m, n)).collect();
            self.fn_globals.push(map);
            let consts = f.consts.iter().map(|c| const_value(c).ok()).collect();
            self.consts.push(consts);
            let p = f.params;
            let simple = p.kwonly == 0
                && !p.varargs
                && !p.varkw
                && !f.is_generator
                && !f.is_coroutine
                && f.slots
                    .iter()
                    .all(|s| !matches!(s.kind, SlotKind::Cell | SlotKind::Free));
            let npos = (p.posonly + p.positional) as usize;
            self.simple_params.push(simple.then_some(npos));
            self.slot_pool.push(Vec::new());
        }
        if first > 0 {
            let mut plans: Vec<fused::FuncPlan> = self.plans.iter().cloned().collect();
            plans.extend(
                module.functions[first..]
                    .iter()
                    .map(|f| fused::plan_function(f)),
            );
            self.plans = Rc::new(plans);
        }
        self.jit.add_functions(module.functions.len());
    }

    /// The module of the function running in `frame`.
    pub(super) fn frame_module(&self, frame: &Frame) -> u32 {
        self.fn_module.get(frame.func).copied().unwrap_or(0)
    }

    // ------------------------------------------------------------ import

    /// `sys.modules[name]`, if present.
    fn sys_module(&self, name: &str) -> Option<Value> {
        let d = self.sys_modules.as_ref()?.downcast::<DictObj>()?;
        collections::dict_lookup(d, &new_str(name)).ok().flatten()
    }

    fn set_sys_module(&mut self, name: &str, v: Option<Value>) -> PyResult<()> {
        let Some(d) = self.sys_modules.clone() else {
            return Ok(());
        };
        let Some(d) = d.downcast::<DictObj>() else {
            return Ok(());
        };
        match v {
            Some(v) => collections::dict_store(d, new_str(name), v),
            None => {
                let _ = collections::dict_remove(d, &new_str(name));
                Ok(())
            }
        }
    }

    /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`
    /// for code of module `m`.
    pub(super) fn import_name(
        &mut self,
        m: u32,
        name: &str,
        fromlist: &[&str],
        level: u32,
    ) -> PyResult<Value> {
        let absname = if level > 0 {
            self.resolve_name(m, name, level)?
        } else {
            if name.is_empty() {
                return Err(exc("ValueError", "Empty module name"));
            }
            name.to_owned()
        };
        let module = self.gcd_import(&absname)?;
        if fromlist.is_empty() {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.gcd_import(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            let first = name.split('.').next().unwrap_or(name);
            let cut = name.len() - first.len();
            let mname = self.module_name_of(&module).unwrap_or_default();
            let keep = mname.get(..mname.len().saturating_sub(cut)).unwrap_or("");
            return self
                .sys_module(keep)
                .ok_or_else(|| exc("KeyError", format!("'{keep}'")));
        }
        if self.attr_opt(&module, "__path__")?.is_some() {
            let names: Vec<String> = fromlist.iter().map(|s| s.to_string()).collect();
            self.handle_fromlist(&module, &names, false)?;
        }
        Ok(module)
    }

    /// `importlib._bootstrap._resolve_name` with the importing module's
    /// package (`_calc___package__`).
    fn resolve_name(&mut self, m: u32, name: &str, level: u32) -> PyResult<String> {
        let package = match self.get_global(m, "__package__") {
            Some(p) if !p.is_none() => match str_value(&p) {
                Some(s) => s,
                None => return Err(type_error("package must be a string")),
            },
            _ => {
                let mname = self
                    .get_global(m, "__name__")
                    .and_then(|n| str_value(&n))
                    .unwrap_or_default();
                if self.get_global(m, "__path__").is_some() {
                    mname
                } else {
                    mname
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_owned())
                }
            }
        };
        if package.is_empty() {
            return Err(import_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
                None,
                None,
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if bits.len() < level as usize {
            return Err(import_error(
                "ImportError",
                "attempted relative import beyond top-level package".into(),
                None,
                None,
            ));
        }
        let base = bits.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `_gcd_import` / `_find_and_load`: the module `name` (absolute),
    /// its parents imported first.
    fn gcd_import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_module(name) {
            if m.is_none() {
                return Err(import_error(
                    "ModuleNotFoundError",
                    format!("import of {name} halted; None in sys.modules"),
                    Some(name),
                    None,
                ));
            }
            return Ok(m);
        }
        let (parent, child) = match name.rsplit_once('.') {
            Some((p, c)) => (Some(p), c),
            None => (None, name),
        };
        let mut path = None;
        let mut parent_module = None;
        if let Some(parent) = parent {
            if self.sys_module(parent).is_none() {
                self.gcd_import(parent)?;
            }
            if let Some(m) = self.sys_module(name) {
                return Ok(m);
            }
            let pm = self.sys_module(parent).unwrap_or_else(Value::none);
            match self.attr_opt(&pm, "__path__")? {
                Some(p) => path = Some(p),
                None => {
                    return Err(import_error(
                        "ModuleNotFoundError",
                        format!("No module named '{name}'; '{parent}' is not a package"),
                        Some(name),
                        None,
                    ));
                }
            }
            parent_module = Some(pm);
        }
        let module = match &path {
            None if modules::is_native(name) => self.load_native(name)?,
            _ => {
                let dirs = match &path {
                    Some(p) => self.collect_iter(p)?,
                    None => {
                        let p = self.sys_path.clone();
                        self.collect_iter(&p)?
                    }
                };
                let dirs: Vec<String> = dirs.iter().filter_map(str_value).collect();
                match find_source(&dirs, child) {
                    Some(found) => self.load_source(name, parent.unwrap_or(""), found)?,
                    None if path.is_none() && STDLIB.contains(&name) => {
                        return Err(unsupported(&format!(
                            "the standard library module '{name}'"
                        )));
                    }
                    None if find_namespace(&dirs, child) => {
                        return Err(unsupported(&format!(
                            "the namespace package '{name}' (a directory without __init__.py)"
                        )));
                    }
                    None => return Err(not_found(name)),
                }
            }
        };
        if let Some(pm) = parent_module {
            self.set_attr(&pm, child, Some(module.clone()))?;
        }
        Ok(module)
    }

    /// Makes and initialises the native module `name`.
    fn load_native(&mut self, name: &str) -> PyResult<Value> {
        let id = self.new_module_info(name, None, "");
        modules::init(self, name, id)?;
        let obj = self.modules[id as usize]
            .obj
            .clone()
            .unwrap_or_else(Value::none);
        self.set_sys_module(name, Some(obj.clone()))?;
        Ok(obj)
    }

    /// Compiles and runs a source module (`_load_unlocked`).
    fn load_source(&mut self, name: &str, parent: &str, found: Found) -> PyResult<Value> {
        let bytes = match found.file.strip_prefix(LIB_ROOT) {
            Some(rel) => lib_source(rel.trim_start_matches('/'))
                .ok_or_else(|| exc("OSError", format!("no such module: '{}'", found.file)))?
                .into_owned(),
            None => std::fs::read(&found.file)
                .map_err(|e| exc("OSError", format!("{}: '{}'", e, found.file)))?,
        };
        let (text, ir) = compile_source(&found.file, &bytes)?;
        let base = self.merge_functions(ir)?;
        let id = self.new_module_info(name, Some(&found.file), &text);
        self.register_functions(id, base);
        self.set_global(id, "__file__", new_str(found.file.as_str()));
        let doc = self.module.functions[base].doc.clone();
        self.set_global(id, "__doc__", doc.map_or_else(Value::none, new_str));
        match &found.package_dir {
            Some(dir) => {
                self.set_global(id, "__package__", new_str(name));
                let path = new_list(vec![new_str(dir.as_str())]);
                self.set_global(id, "__path__", path);
            }
            None => self.set_global(id, "__package__", new_str(parent)),
        }
        let obj = self.modules[id as usize]
            .obj
            .clone()
            .unwrap_or_else(Value::none);
        self.set_sys_module(name, Some(obj))?;
        self.modules[id as usize].initializing = true;
        let frame = self.new_frame(base);
        let r = self.run_frame(frame);
        self.modules[id as usize].initializing = false;
        if let Err(e) = r {
            self.set_sys_module(name, None)?;
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_module(name).unwrap_or_else(Value::none))
    }

    /// Appends a compiled module's functions to the function table (its
    /// `MakeFunction` ids shifted); gives the index of its body. The grown
    /// table is leaked: functions of the old one stay borrowed by running
    /// code.
    pub(super) fn merge_functions(&mut self, ir: Module) -> PyResult<usize> {
        let base = self.module.functions.len();
        let mut merged = self.module.clone();
        for mut f in ir.functions {
            for b in &mut std::rc::Rc::make_mut(&mut f).blocks {
                for ins in &mut b.instrs {
                    if let Op::MakeFunction { func, .. } = &mut ins.op {
                        func.0 += base as u32;
                    }
                }
            }
            merged.functions.push(f);
        }
        if merged.functions.len() == base {
            return Err(unsupported("an empty module"));
        }
        self.module = Box::leak(Box::new(merged));
        Ok(base)
    }

    /// `_handle_fromlist`: imports the submodules `fromlist` names that
    /// are not attributes of the package `module` yet.
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &[String],
        recursive: bool,
    ) -> PyResult<()> {
        for x in fromlist {
            if x == "*" {
                if !recursive && let Some(all) = self.attr_opt(module, "__all__")? {
                    let items = self.collect_iter(&all)?;
                    let mut names = Vec::new();
                    for it in &items {
                        match str_value(it) {
                            Some(s) => names.push(s),
                            None => {
                                return Err(type_error(format!(
                                    "Item in {}.__all__ must be str, not {}",
                                    self.module_name_of(module).unwrap_or_default(),
                                    type_name(it)
                                )));
                            }
                        }
                    }
                    self.handle_fromlist(module, &names, true)?;
                }
                continue;
            }
            if self.attr_opt(module, x)?.is_some() {
                continue;
            }
            let from_name = format!("{}.{x}", self.module_name_of(module).unwrap_or_default());
            if let Err(e) = self.gcd_import(&from_name) {
                let missing = e.downcast::<ExceptionObj>().is_some_and(|o| {
                    o.class == "ModuleNotFoundError"
                        && o.dict
                            .get("name")
                            .is_some_and(|v| str_value(&v).as_deref() == Some(from_name.as_str()))
                });
                if missing && self.sys_module(&from_name).is_none_or(|m| !m.is_none()) {
                    continue;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// `getattr(o, name)`, `None` on AttributeError.
    fn attr_opt(&mut self, o: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(o, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if builtins::is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A module's `__name__` (a str), if it has one.
    fn module_name_of(&mut self, m: &Value) -> Option<String> {
        self.attr_opt(m, "__name__")
            .ok()
            .flatten()
            .and_then(|n| str_value(&n))
    }

    /// `IMPORT_FROM`: `module.name`, else `sys.modules["module.name"]`.
    pub(super) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.attr_opt(module, name)? {
            return Ok(v);
        }
        let pkgname = self.module_name_of(module);
        if let Some(p) = &pkgname
            && let Some(v) = self.sys_module(&format!("{p}.{name}"))
        {
            return Ok(v);
        }
        let shown = pkgname
            .clone()
            .unwrap_or_else(|| "<unknown module name>".to_owned());
        let path = self
            .attr_opt(module, "__file__")
            .ok()
            .flatten()
            .and_then(|f| str_value(&f));
        let initializing = module
            .downcast::<ModuleObj>()
            .is_some_and(|m| self.modules[m.id as usize].initializing);
        let name_r = to_repr(&new_str(name))?;
        let pkg_r = to_repr(&new_str(shown.as_str()))?;
        let msg = match &path {
            None => format!("cannot import name {name_r} from {pkg_r} (unknown location)"),
            Some(p) if initializing => format!(
                "cannot import name {name_r} from partially initialized module {pkg_r} (most likely due to a circular import) ({p})"
            ),
            Some(p) => format!("cannot import name {name_r} from {pkg_r} ({p})"),
        };
        Err(import_error(
            "ImportError",
            msg,
            pkgname.as_deref(),
            path.as_deref(),
        ))
    }

    /// `IMPORT_STAR` into module `m`.
    pub(super) fn import_star(&mut self, m: u32, module: &Value) -> PyResult<()> {
        let names: Vec<String> = match self.attr_opt(module, "__all__")? {
            Some(all) => {
                let items = self.collect_iter(&all)?;
                let mut names = Vec::new();
                for it in &items {
                    match str_value(it) {
                        Some(s) => names.push(s),
                        None => {
                            let mname = self.module_name_of(module).unwrap_or_default();
                            return Err(type_error(format!(
                                "Item in {mname}.__all__ must be str, not {}",
                                type_name(it)
                            )));
                        }
                    }
                }
                names
            }
            None => match module.downcast::<ModuleObj>() {
                Some(mo) => self
                    .module_items(mo.id)
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| !k.starts_with('_'))
                    .collect(),
                None => {
                    return Err(exc(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                }
            },
        };
        for n in names {
            let v = self.get_attr(module, &n)?;
            self.set_global(m, &n, v);
        }
        Ok(())
    }

    /// The bound names of module `m` and their values, in order.
    pub(super) fn module_items(&self, m: u32) -> Vec<(String, Value)> {
        let Some(info) = self.modules.get(m as usize) else {
            return Vec::new();
        };
        info.order
            .iter()
            .filter_map(|&g| {
                self.globals[g as usize]
                    .as_ref()
                    .map(|v| (self.global_names[g as usize].clone(), v.clone()))
            })
            .collect()
    }

    /// `module.name`.
    pub(super) fn module_getattr(&mut self, m: &ModuleObj, name: &str) -> PyResult<Value> {
        if let Some(v) = self.get_global(m.id, name) {
            return Ok(v);
        }
        if name == "__dict__" {
            let items = self.module_items(m.id);
            return ns_dict(&items);
        }
        // PEP 562: a module-level `__getattr__`.
        if let Some(g) = self.get_global(m.id, "__getattr__") {
            return self.call_value(&g, vec![new_str(name)]);
        }
        let mname = self
            .get_global(m.id, "__name__")
            .and_then(|n| str_value(&n));
        Err(exc(
            "AttributeError",
            match mname {
                Some(n) => format!("module '{n}' has no attribute '{name}'"),
                None => format!("module has no attribute '{name}'"),
            },
        ))
    }

    /// `module.name = v` / `del module.name`.
    pub(super) fn module_setattr(
        &mut self,
        m: &ModuleObj,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<()> {
        match v {
            Some(v) => {
                self.set_global(m.id, name, v);
                Ok(())
            }
            None => {
                let g = self.modules[m.id as usize].names.get(name).copied();
                match g.and_then(|g| self.globals[g as usize].take()) {
                    Some(old) => {
                        drop(old);
                        Ok(())
                    }
                    None => Err(exc("AttributeError", name.to_owned())),
                }
            }
        }
    }

    /// Module teardown: every module's namespace is cleared, in the order
    /// the modules were made, then the module objects.
    pub(super) fn teardown_modules(&mut self) {
        for g in &mut self.globals {
            drop(g.take());
        }
        modules::sys::clear_interned();
        super::jit::clear_method_markers();
        drop(self.sys_modules.take());
        drop(std::mem::replace(&mut self.sys_path, Value::none()));
        for m in &mut self.modules {
            drop(m.obj.take());
        }
        // Values a `__del__` stored while the namespaces were cleared.
        for g in &mut self.globals {
            drop(g.take());
        }
    }

    /// Per module, the file name and source text tracebacks show.
    pub(super) fn sources(&self) -> Sources {
        Sources {
            module: self.module.clone(),
            fn_module: self.fn_module.clone(),
            files: self
                .modules
                .iter()
                .map(|m| (m.file.clone().unwrap_or_default(), Rc::clone(&m.source)))
                .collect(),
            code: self.code_files.clone(),
        }
    }
}

/// What a traceback needs to name each function's file and lines.
pub struct Sources {
    pub module: Module,
    pub fn_module: Vec<u32>,
    pub files: Vec<(String, Rc<str>)>,
    /// `eval`/`exec` code: function ranges and their source (`<string>`).
    pub code: Vec<(usize, usize, Rc<str>)>,
}

impl Sources {
    /// The function `func`'s name, file and source.
    pub fn frame(&self, func: u32) -> (&str, &str, &str) {
        let name = self
            .module
            .functions
            .get(func as usize)
            .map_or("?", |f| f.name.as_str());
        if let Some((_, _, src)) = self
            .code
            .iter()
            .find(|(a, b, _)| (*a..*b).contains(&(func as usize)))
        {
            return (name, "<string>", src);
        }
        let m = self.fn_module.get(func as usize).copied().unwrap_or(0) as usize;
        match self.files.get(m) {
            Some((file, src)) => (name, file, src),
            None => (name, "?", ""),
        }
    }
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));
}

/// The `sys.path` entry of the standard library modules written in Python
/// (`runtime/lib/`, embedded in the binary): a file under it is looked up
/// in `STDLIB_SOURCES`, not on disk.
pub(super) const LIB_ROOT: &str = "<krait-lib>";

/// The source of `<krait-lib>/rel`: from the directory `KRAIT_LIB` names
/// when it is set (to try changes to `runtime/lib` without rebuilding),
/// else the copy embedded at build time.
fn lib_source(rel: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
    if let Some(dir) = std::env::var_os("KRAIT_LIB") {
        let p = std::path::Path::new(&dir).join(rel);
        return std::fs::read(p).ok().map(Into::into);
    }
    embedded::STDLIB_SOURCES
        .iter()
        .find(|(r, _)| *r == rel)
        .map(|(_, text)| text.as_bytes().into())
}

/// `name` as a package or a module in one of `dirs`, as CPython's
/// `FileFinder` looks (a package directory first).
fn find_source(dirs: &[String], name: &str) -> Option<Found> {
    for d in dirs {
        if let Some(rest) = d.strip_prefix(LIB_ROOT) {
            let rel = rest.trim_start_matches('/');
            let rel = |f: &str| {
                if rel.is_empty() {
                    f.to_owned()
                } else {
                    format!("{rel}/{f}")
                }
            };
            if lib_source(&rel(&format!("{name}/__init__.py"))).is_some() {
                return Some(Found {
                    file: format!("{d}/{name}/__init__.py"),
                    package_dir: Some(format!("{d}/{name}")),
                });
            }
            if lib_source(&rel(&format!("{name}.py"))).is_some() {
                return Some(Found {
                    file: format!("{d}/{name}.py"),
                    package_dir: None,
                });
            }
            continue;
        }
        let base = if d.is_empty() {
            std::env::current_dir().ok()?.display().to_string()
        } else {
            d.clone()
        };
        let pkg = format!("{base}/{name}");
        let init = format!("{pkg}/__init__.py");
        if std::path::Path::new(&init).is_file() {
            return Some(Found {
                file: init,
                package_dir: Some(pkg),
            });
        }
        let file = format!("{base}/{name}.py");
        if std::path::Path::new(&file).is_file() {
            return Some(Found {
                file,
                package_dir: None,
            });
        }
    }
    None
}

/// Whether `name` is a directory (without `__init__.py`) in one of `dirs`:
/// CPython would import it as a namespace package.
fn find_namespace(dirs: &[String], name: &str) -> bool {
    dirs.iter()
        .any(|d| std::path::Path::new(&format!("{d}/{name}")).is_dir())
}

/// Compiles a module's source as `krait::compile` does; a syntax error is
/// raised as `SyntaxError` (its message and location).
pub(super) fn compile_source(file: &str, bytes: &[u8]) -> PyResult<(String, Module)> {
    compile_code(file, bytes, false, false)
}

/// `compile_source` for `exec`/`eval` code: names in a namespace first
/// when `namespace`, the value of its one expression returned when `eval`
/// ([`krait_ir::lower::lower_code`]).
pub(super) fn compile_code(
    file: &str,
    bytes: &[u8],
    namespace: bool,
    eval: bool,
) -> PyResult<(String, Module)> {
    let (text, module) = krait_frontend::parse_bytes(bytes);
    let table = module.and_then(|m| krait_frontend::scope::build(&m, &text).map(|t| (m, t)));
    let err = |e: krait_frontend::SyntaxError| {
        let rendered = e.render_cpython(file, &text);
        let last = rendered.lines().last().unwrap_or("").to_owned();
        let (class, msg) = last.split_once(": ").unwrap_or(("SyntaxError", &last));
        let class = exc_class(class).unwrap_or("SyntaxError");
        // CPython's args: (msg, (filename, lineno, offset, text,
        // end_lineno, end_offset)).
        let (line, col, line_text) = e.position(&text);
        let (line, col) = (line as i64, col as i64);
        let place = new_tuple(vec![
            new_str(file),
            Value::int(line),
            Value::int(col),
            new_str(line_text),
            Value::int(line),
            Value::int(col),
        ]);
        new_exception(class, vec![new_str(msg), place])
    };
    let (module, table) = table.map_err(err)?;
    match krait_ir::lower::lower_code(&module, &table, namespace, eval) {
        Ok(mut ir) => {
            krait_ir::infer::infer(&mut ir);
            Ok((text, ir))
        }
        Err(e) => Err(err(krait_frontend::SyntaxError::new(e.msg, e.range))),
    }
}
