//! `krait bench`: wall time of a program under the interpreter and the JIT
//! (and, with `--compare`, other Python implementations) in one run.

use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

struct Row {
    name: String,
    times: Vec<f64>,
}

impl Row {
    fn median(&self) -> f64 {
        let mut t = self.times.clone();
        t.sort_by(f64::total_cmp);
        match t.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => t[n / 2],
            n => (t[n / 2 - 1] + t[n / 2]) / 2.0,
        }
    }
}

/// The real executable of a Python launcher (`python3` is often a shim
/// that costs a tenth of a second per start).
fn resolve(interp: &str) -> Option<String> {
    let out = Command::new(interp)
        .args(["-c", "import sys; print(sys.executable)"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !path.is_empty()).then_some(path)
}

fn time_once(cmd: &[String]) -> Result<(f64, Vec<u8>), String> {
    let start = Instant::now();
    let out = Command::new(&cmd[0])
        .args(&cmd[1..])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("{}: {e}", cmd[0]))?;
    let t = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!("{} exited with {}", cmd.join(" "), out.status));
    }
    Ok((t, out.stdout))
}

pub fn cmd_bench(mut args: &[String]) -> ExitCode {
    let mut runs = 5usize;
    let mut compare: Vec<String> = Vec::new();
    let mut json = false;
    while let Some(flag) = args.first().filter(|a| a.starts_with("--")) {
        if let Some(n) = flag.strip_prefix("--runs=") {
            match n.parse() {
                Ok(n) if n > 0 => runs = n,
                _ => return crate::usage_error("--runs needs a positive number"),
            }
        } else if let Some(list) = flag.strip_prefix("--compare=") {
            compare = list
                .split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
        } else if flag == "--json" {
            json = true;
        } else {
            return crate::usage_error(&format!("unknown option '{flag}'"));
        }
        args = &args[1..];
    }
    let Some(file) = args.first() else {
        return crate::usage_error("bench needs a FILE");
    };
    let me = match std::env::current_exe() {
        Ok(p) => p.display().to_string(),
        Err(e) => {
            eprintln!("krait: {e}");
            return ExitCode::from(1);
        }
    };
    let rest: Vec<String> = args.to_vec();
    let mut commands: Vec<(String, Vec<String>)> = Vec::new();
    for mode in ["off", "on"] {
        let mut c = vec![me.clone(), "run".into(), format!("--jit={mode}")];
        c.extend(rest.iter().cloned());
        let name = if mode == "off" {
            "krait --jit=off"
        } else {
            "krait (JIT)"
        };
        commands.push((name.into(), c));
    }
    for other in &compare {
        match resolve(other) {
            Some(exe) => {
                let mut c = vec![exe];
                c.extend(rest.iter().cloned());
                commands.push((other.clone(), c));
            }
            None => eprintln!("krait bench: {other} not found; skipped"),
        }
    }
    // Compile figures, from one logged run.
    let log = Command::new(&me)
        .args(["run", "--jit=on", "--jit-log"])
        .args(&rest)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output();
    let (mut compiled, mut compile_ms) = (0usize, 0.0f64);
    if let Ok(out) = log {
        for line in String::from_utf8_lossy(&out.stderr).lines() {
            if let Some(ms) = line
                .strip_prefix("jit: compiled ")
                .and_then(|l| l.rsplit_once(" in "))
                .and_then(|(_, t)| t.strip_suffix(" ms"))
                .and_then(|t| t.parse::<f64>().ok())
            {
                compiled += 1;
                compile_ms += ms;
            }
        }
    }
    let mut rows: Vec<Row> = commands
        .iter()
        .map(|(n, _)| Row {
            name: n.clone(),
            times: Vec::new(),
        })
        .collect();
    let mut reference: Option<Vec<u8>> = None;
    // A warm-up round, then `runs` rounds, interleaved so that machine
    // noise spreads over every row alike.
    for round in 0..=runs {
        for (row, (_, cmd)) in rows.iter_mut().zip(&commands) {
            match time_once(cmd) {
                Ok((t, out)) => {
                    match &reference {
                        None => reference = Some(out),
                        Some(r) if *r != out => {
                            eprintln!("krait bench: {} printed something else", row.name);
                            return ExitCode::from(1);
                        }
                        Some(_) => {}
                    }
                    if round > 0 {
                        row.times.push(t);
                    }
                }
                Err(e) => {
                    eprintln!("krait bench: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    }
    let base = rows[0].median();
    if json {
        let items: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{{\"name\": \"{}\", \"median_s\": {:.6}, \"speedup_over_interpreter\": {:.4}}}",
                    r.name,
                    r.median(),
                    base / r.median()
                )
            })
            .collect();
        println!(
            "{{\"file\": \"{}\", \"runs\": {runs}, \"functions_compiled\": {compiled}, \"compile_ms\": {compile_ms:.3}, \"results\": [{}]}}",
            file.replace('\\', "\\\\").replace('"', "\\\""),
            items.join(", ")
        );
    } else {
        println!("{file}: median of {runs} runs (after a warm-up)");
        println!("{:<18} {:>10} {:>12}", "", "time", "vs --jit=off");
        for r in &rows {
            println!(
                "{:<18} {:>9.3}s {:>11.2}x",
                r.name,
                r.median(),
                base / r.median()
            );
        }
        println!("JIT: {compiled} functions compiled, {compile_ms:.1} ms compiling in total");
    }
    ExitCode::SUCCESS
}
