//! `krait` with no file: the interactive interpreter, as `python3` starts
//! one. Each input (a line, or a block ended by an empty line) runs in one
//! `__main__` namespace ([`krait::Runtime`]); an expression's value is
//! echoed with `repr` unless it is `None`, and kept as `_`; an exception's
//! traceback goes to stderr and the session goes on. Lines are read with
//! line editing and history (`rustyline`, history in
//! `$XDG_DATA_HOME/krait/history`) on a terminal, plainly otherwise (`krait
//! -i < file`, which is how the tests drive it, with the prompts on
//! stderr as `python3 -i` writes them). Without `-i`, input that is not a
//! terminal is run as one program, as `python3 < file` does.

use krait::{Error, Runtime};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

/// What the next line of input is for.
enum Need {
    /// The input so far is complete: run it.
    Run,
    /// A block or an open bracket: read on (`... `).
    More,
}

/// Whether `src` (the lines so far) is complete, as the interactive
/// interpreter decides: a compound statement runs only after an empty
/// line; an input that fails to parse only because it ended early (an
/// open bracket or string, a missing block) needs more lines.
fn need(src: &str, last_line_empty: bool) -> Need {
    use krait::ast::StmtKind as S;
    match krait::parse(src) {
        Ok(m) => {
            let compound = m.body.iter().any(|s| {
                !matches!(
                    s.kind,
                    S::Expr { .. }
                        | S::Assign { .. }
                        | S::AugAssign { .. }
                        | S::AnnAssign { .. }
                        | S::Pass
                        | S::Break
                        | S::Continue
                        | S::Return { .. }
                        | S::Raise { .. }
                        | S::Delete { .. }
                        | S::Global { .. }
                        | S::Nonlocal { .. }
                        | S::Import { .. }
                        | S::ImportFrom { .. }
                        | S::Assert { .. }
                )
            });
            if compound && !last_line_empty {
                Need::More
            } else {
                Need::Run
            }
        }
        Err(e) => {
            let msg = &e.msg;
            // The error is where the input ends: more lines may mend it.
            let at_end = e.range.start as usize >= src.trim_end().len();
            let early = at_end
                || msg.contains("was never closed")
                || msg.contains("expected an indented block")
                || msg.contains("unterminated triple-quoted string");
            if early && !last_line_empty {
                Need::More
            } else {
                Need::Run
            }
        }
    }
}

/// Runs one complete input; `Some(status)` when it raised `SystemExit`
/// (`exit()`, `sys.exit(n)`): the REPL ends with that status.
fn run_input(rt: &mut Runtime, src: &str) -> Option<u8> {
    let single_expr = krait::parse(src).is_ok_and(|m| {
        m.body.len() == 1 && matches!(m.body[0].kind, krait::ast::StmtKind::Expr { .. })
    });
    let r = if single_expr {
        match rt.session().eval_in("<stdin>", src.trim_end()) {
            Ok(v) => {
                if !v.is_none() {
                    match rt.repr(&v) {
                        Ok(text) => {
                            println!("{text}");
                            let _ = std::io::stdout().flush();
                        }
                        Err(e) => eprint!("{}", report(&e)),
                    }
                    rt.session().set_last(v);
                }
                Ok(())
            }
            Err(e) => Err(Error::Python(e)),
        }
    } else {
        rt.session().exec("<stdin>", src).map_err(Error::Python)
    };
    match r {
        Err(Error::Python(p)) if p.type_name == "SystemExit" => {
            let m = p.message.trim();
            Some(match m {
                "" | "None" => 0,
                _ => match m.parse::<i64>() {
                    Ok(n) => n as u8,
                    Err(_) => {
                        eprintln!("{m}");
                        1
                    }
                },
            })
        }
        Err(e) => {
            eprint!("{}", report(&e));
            None
        }
        Ok(()) => None,
    }
}

fn report(e: &Error) -> String {
    match e {
        Error::Python(p) => p.traceback.clone(),
        other => format!("{other}\n"),
    }
}

/// `krait` (no file) and `krait -i`.
pub fn cmd_repl(force_interactive: bool) -> ExitCode {
    let stdin = std::io::stdin();
    if !force_interactive && !stdin.is_terminal() {
        // `python3 < file`: the whole input is the program.
        let mut bytes = Vec::new();
        if stdin.lock().read_to_end(&mut bytes).is_err() {
            return ExitCode::from(1);
        }
        let code = krait::run_source(
            "<stdin>",
            &bytes,
            &krait::RunOptions {
                argv: vec![String::new()],
                ..Default::default()
            },
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        );
        return ExitCode::from(code as u8);
    }
    let mut rt = Runtime::new();
    let terminal = stdin.is_terminal();
    if terminal {
        println!(
            "krait {} (Python 3.11 compatible; JIT on)\nType exit() or Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut editor = if terminal {
        rustyline::DefaultEditor::new().ok()
    } else {
        None
    };
    let history = history_file();
    if let (Some(ed), Some(h)) = (editor.as_mut(), &history) {
        let _ = ed.load_history(h);
    }
    let mut lines = stdin.lock().lines();
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match editor.as_mut() {
            Some(ed) => match ed.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Some(l)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    eprintln!("KeyboardInterrupt");
                    buf.clear();
                    continue;
                }
                Err(_) => None,
            },
            None => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                lines.next().and_then(Result::ok)
            }
        };
        let Some(line) = line else {
            // End of input: run what is pending, then leave.
            if !buf.trim().is_empty()
                && let Some(code) = run_input(&mut rt, &buf)
            {
                return ExitCode::from(code);
            }
            eprintln!();
            break;
        };
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        let empty = line.trim().is_empty();
        buf.push_str(&line);
        buf.push('\n');
        if let Need::Run = need(&buf, empty) {
            let src = std::mem::take(&mut buf);
            if let Some(code) = run_input(&mut rt, &src) {
                save_history(editor.as_mut(), &history);
                return ExitCode::from(code);
            }
        }
    }
    save_history(editor.as_mut(), &history);
    ExitCode::SUCCESS
}

fn save_history(editor: Option<&mut rustyline::DefaultEditor>, history: &Option<String>) {
    if let (Some(ed), Some(h)) = (editor, history) {
        if let Some(dir) = std::path::Path::new(h).parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = ed.save_history(h);
    }
}

/// `$XDG_DATA_HOME/krait/history` (`~/.local/share/krait/history`).
fn history_file() -> Option<String> {
    let base = match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => std::path::PathBuf::from(d),
        _ => std::path::PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    Some(base.join("krait/history").display().to_string())
}
