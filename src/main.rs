//! The `krait` command line.
//!
//! `krait parse [--format=cpython|cpython-positions|debug] FILE` parses a
//! file and prints its AST. Exit status: 0 on success, 1 on a syntax error (rendered on stderr
//! as `file:line:col`, the source line and a caret), 2 on a usage error.

use std::process::ExitCode;

mod bench;
mod repl;

const USAGE: &str = "\
usage: krait <command> [options] FILE
       krait                            the interactive interpreter (a program
                                        read from stdin when it is not a terminal;
                                        -i: interactive even then)

commands:
  run [--jit=off|on|always] [--jit-log] FILE [ARGS...]
                                        run a program (FILE alone works too);
                                        --jit=on (the default) compiles hot
                                        functions, always compiles at the
                                        first call, off interprets only;
                                        --jit-log (or KRAIT_JIT_LOG=1) reports
                                        what compiled and why not
  -c CODE [ARGS...]                     run CODE as the program
  bench [--runs=N] [--compare=python3,pypy3] [--json] FILE [ARGS...]
                                        time FILE with --jit=off and with the
                                        JIT (median of N runs after a warm-up),
                                        beside other interpreters
  ir FILE                               print the IR of FILE (with slot types)
  asm [--target=TRIPLE] FILE            print the Cranelift IR of every function
                                        the JIT compiles (host, or e.g.
                                        aarch64-unknown-linux-gnu)
  parse [--format=FORMAT] FILE          print the AST of FILE; FORMAT is
                                        cpython: exactly what CPython's ast.dump prints
                                        cpython-positions: ast.dump(..., include_attributes=True)
                                        debug (the default): krait's own AST
  help                                  show this message
";

/// mimalloc instead of the system allocator: a Python program allocates and
/// frees small objects (strs, lists, bound methods, argument vectors) at a
/// high rate, and glibc's malloc/free were a fifth to a quarter of the
/// time of the allocation-heavy benchmarks.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option `arena_eager_commit` (see its `mimalloc.h`).
#[cfg(target_os = "linux")]
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Runs before `main` (and before the Rust runtime allocates): arenas are
/// committed as they are used, not all at once. With transparent huge
/// pages, eager commit made the kernel back (and zero) whole 2 MiB pages
/// that the heap had barely touched: peak RSS of the allocation-heavy
/// benchmarks was 1.5-2x what lazy commit gives, and zeroing those pages
/// was a fifth of their time.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static MIMALLOC_OPTIONS: extern "C" fn() = {
    extern "C" fn set() {
        // SAFETY: sets an allocator option; called once, single-threaded.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
    }
    set
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Parsing nests deeply on deeply nested input: give it a big stack.
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(args));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("krait: internal error");
            ExitCode::from(70)
        }
    }
}

pub(crate) fn usage_error(msg: &str) -> ExitCode {
    eprintln!("krait: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn run(args: Vec<String>) -> ExitCode {
    let Some(command) = args.first() else {
        return repl::cmd_repl(false);
    };
    match command.as_str() {
        "-i" if args.len() == 1 => repl::cmd_repl(true),
        "parse" => cmd_parse(&args[1..]),
        "run" => cmd_run(&args[1..]),
        "-c" => cmd_run(&args[..]),
        f if f.ends_with(".py") || f.starts_with("--jit") => cmd_run(&args[..]),
        "ir" => cmd_ir(&args[1..]),
        "asm" => cmd_asm(&args[1..]),
        "bench" => bench::cmd_bench(&args[1..]),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => usage_error(&format!("unknown command '{other}'")),
    }
}

fn cmd_parse(args: &[String]) -> ExitCode {
    let mut format = "debug";
    let mut file = None;
    for a in args {
        if let Some(f) = a.strip_prefix("--format=") {
            format = match f {
                "cpython" => "cpython",
                "cpython-positions" => "cpython-positions",
                "debug" => "debug",
                _ => return usage_error(&format!("unknown format '{f}'")),
            };
        } else if a.starts_with('-') && a != "-" {
            return usage_error(&format!("unknown option '{a}'"));
        } else if file.replace(a).is_some() {
            return usage_error("parse takes one FILE");
        }
    }
    let Some(file) = file else {
        return usage_error("parse needs a FILE");
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("krait: cannot read '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let (text, result) = krait_frontend::parse_bytes(&bytes);
    match result {
        Ok(module) => {
            let out = match format {
                "cpython" => krait_frontend::dump::dump_module(&module),
                "cpython-positions" => {
                    krait_frontend::dump::dump_module_with_positions(&module, &text)
                }
                _ => format!("{module:#?}"),
            };
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprint!("{}", err.render(file, &text));
            ExitCode::from(1)
        }
    }
}

/// Reads, parses, resolves scopes and lowers a program; on failure prints
/// the error as `python3 FILE` would and gives the exit status.
fn compile(file: &str) -> Result<(String, String, krait_ir::Module), ExitCode> {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("krait: can't open file '{file}': {e}");
            return Err(ExitCode::from(2));
        }
    };
    // CPython names the main script by its absolute path in tracebacks.
    let shown = std::fs::canonicalize(file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.to_owned());
    match krait::compile(&shown, &bytes) {
        Ok((text, ir)) => Ok((shown, text, ir)),
        Err(msg) => {
            eprint!("{msg}");
            Err(ExitCode::from(1))
        }
    }
}

fn cmd_run(mut args: &[String]) -> ExitCode {
    let mut jit = krait::JitMode::On;
    let mut jit_log = std::env::var_os("KRAIT_JIT_LOG").is_some_and(|v| v == "1");
    while let Some(flag) = args.first().filter(|a| a.starts_with("--")) {
        match flag.as_str() {
            "--jit=off" => jit = krait::JitMode::Off,
            "--jit=on" => jit = krait::JitMode::On,
            "--jit=always" => jit = krait::JitMode::Always,
            "--jit-log" => jit_log = true,
            other => return usage_error(&format!("unknown option '{other}'")),
        }
        args = &args[1..];
    }
    let (shown, text, ir, argv) = if args.first().is_some_and(|a| a == "-c") {
        let Some(code) = args.get(1) else {
            return usage_error("-c needs CODE");
        };
        let mut argv = vec!["-c".to_owned()];
        argv.extend(args[2..].iter().cloned());
        match krait::compile("<string>", code.as_bytes()) {
            Ok((text, ir)) => ("<string>".to_owned(), text, ir, argv),
            Err(msg) => {
                eprint!("{msg}");
                return ExitCode::from(1);
            }
        }
    } else {
        let Some(file) = args.first() else {
            return usage_error("run needs a FILE");
        };
        match compile(file) {
            Ok((shown, text, ir)) => (shown, text, ir, args.to_vec()),
            Err(code) => return code,
        }
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let opts = krait::RunOptions {
        argv,
        jit,
        jit_log,
        compiler: Some(krait_jit::new_compiler),
        ..Default::default()
    };
    let code = krait_runtime::interp::run_module(
        &ir,
        &shown,
        &text,
        &opts,
        &mut stdout.lock(),
        &mut stderr.lock(),
    );
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn cmd_asm(args: &[String]) -> ExitCode {
    let (target, file) = match args {
        [file] => (None, file),
        [t, file] if t.starts_with("--target=") => (Some(&t["--target=".len()..]), file),
        _ => return usage_error("asm takes [--target=TRIPLE] FILE"),
    };
    match compile(file) {
        Ok((_, _, ir)) => match krait_jit::clif_listing(&ir, target) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("krait: {e}");
                ExitCode::from(1)
            }
        },
        Err(code) => code,
    }
}

fn cmd_ir(args: &[String]) -> ExitCode {
    let [file] = args else {
        return usage_error("ir takes one FILE");
    };
    match compile(file) {
        Ok((_, _, ir)) => {
            print!("{}", krait_ir::print_module(&ir));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
