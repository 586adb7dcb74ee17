//! `valida debug`: the terminal front end of the debugger engine
//! (`valida_vm::debugger`), gdb-like commands read line by line from stdin
//! (a terminal or a pipe: tests drive it with a script), and with `--dap`
//! the Debug Adapter Protocol server (debug_dap.rs).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;

use clap::Args;
use valida_vm::debugger::value::{Place, Value};
use valida_vm::debugger::{Resume, Session, Stop};
use valida_vm::{DEFAULT_INITIAL_FP, Outcome, RunOptions, load_elf};

use super::{HOST_ERROR, INPUT_ERROR, read_file};

#[derive(Args)]
pub struct DebugArgs {
    /// ELF executable (built with -g for source lines and variables); with
    /// --dap it comes from the `launch` request.
    #[arg(required_unless_present = "dap")]
    program: Option<PathBuf>,
    /// Advice input read by READ_ADVICE (stdin carries the commands).
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Speak the Debug Adapter Protocol on stdin/stdout instead (the
    /// program, input and arguments then come from the `launch` request).
    #[arg(long)]
    dap: bool,
    /// Initial frame pointer.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_INITIAL_FP)]
    initial_fp: u32,
    /// Arguments after `--`: the program's argv[1]…
    #[arg(last = true, value_name = "ARG")]
    args: Vec<std::ffi::OsString>,
}

const HELP: &str = "\
Commands (gdb-like; an empty line repeats the last step/next/stepi):
  break LOC | tbreak LOC    stop at LOC: FUNCTION, FILE:LINE, LINE, *ADDRESS
  delete [N]                delete breakpoint/watchpoint N (all without N)
  watch EXPR                stop when the memory of EXPR changes
  run | continue | c        run to a breakpoint, watchpoint or the end
  start                     run to main
  step [N] | s              next source line, into calls
  next [N] | n              next source line, over calls
  stepi [N] | si            N machine instructions
  finish                    run until the selected frame returns
  until-step N              run until N instructions have executed in total
  backtrace | bt            the call stack
  frame [N] | up | down     select a frame for print/info/finish
  print EXPR | p/x EXPR     a variable, a.b, p->f, a[i], *p, &x, $fp, $pc, numbers
  x/NF ADDR                 examine N units: F = w (words), b (bytes), s (string)
  info locals|args|globals|frame|breakpoints|watchpoints
  list [LINE]               source around the current line
  quit";

pub fn exec(args: DebugArgs) -> u8 {
    if args.dap {
        return super::debug_dap::serve();
    }
    let Some(program) = args.program else {
        diag!("valida debug: give the program to debug");
        return INPUT_ERROR;
    };
    let Some(bytes) = read_file(&program) else {
        return HOST_ERROR;
    };
    let input: Box<dyn Read> = match &args.input {
        None => Box::new(io::empty()),
        Some(path) => match File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                diag!("valida: cannot open input {}: {e}", path.display());
                return HOST_ERROR;
            }
        },
    };
    let argv: Vec<Vec<u8>> = std::iter::once(program.as_os_str())
        .chain(args.args.iter().map(|a| a.as_os_str()))
        .map(|a| a.as_encoded_bytes().to_vec())
        .collect();
    let session = match open_session(
        &bytes,
        &argv,
        args.initial_fp,
        input,
        Box::new(io::stdout()),
    ) {
        Ok(s) => s,
        Err((status, why)) => {
            diag!("valida: {}: {why}", program.display());
            return status;
        }
    };
    let stdin = io::stdin();
    let echo = !stdin.is_terminal();
    let mut term = Terminal {
        session,
        sources: HashMap::new(),
        last: String::new(),
    };
    let mut out = io::stdout();
    let _ = writeln!(
        out,
        "valida debug: {} ({}); `help` lists the commands",
        program.display(),
        if term.session.lines.is_some() {
            "with debug information"
        } else {
            "no debug information: machine-level only"
        }
    );
    let mut lines = stdin.lock().lines();
    loop {
        let _ = write!(out, "(valida) ");
        let _ = out.flush();
        let Some(Ok(line)) = lines.next() else {
            let _ = writeln!(out);
            break;
        };
        if echo {
            let _ = writeln!(out, "{line}");
        }
        let text = if line.trim().is_empty() {
            term.last.clone()
        } else {
            line.trim().to_string()
        };
        if text.is_empty() {
            continue;
        }
        let mut reply = String::new();
        let quit = term.command(&text, &mut reply);
        let _ = term.session.flush();
        let _ = out.write_all(reply.as_bytes());
        let _ = out.flush();
        if quit {
            break;
        }
    }
    0
}

/// Loads the program for a session; `Err((status, message))`.
pub fn open_session(
    elf: &[u8],
    argv: &[Vec<u8>],
    initial_fp: u32,
    input: Box<dyn Read>,
    output: Box<dyn Write>,
) -> Result<Session, (u8, String)> {
    let program = load_elf(elf).map_err(|e| (INPUT_ERROR, e.to_string()))?;
    let options = RunOptions {
        max_steps: u64::MAX,
        initial_fp,
        count_instructions: false,
    };
    let machine = valida_vm::exec::host::machine_with_args(program, &options, argv)
        .map_err(|e| (e.exit_status(), e.to_string()))?;
    Session::new(machine, elf, input, output)
        .map_err(|e| (INPUT_ERROR, format!("debug information: {e}")))
}

struct Terminal {
    session: Session,
    /// Source files read so far, by path (`None`: unreadable).
    sources: HashMap<String, Option<Vec<String>>>,
    last: String,
}

macro_rules! say {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

impl Terminal {
    /// Runs one command, appending its text to `out`; `true` to quit.
    fn command(&mut self, text: &str, out: &mut String) -> bool {
        let (word, rest) = match text.split_once(char::is_whitespace) {
            Some((w, r)) => (w, r.trim()),
            None => (text, ""),
        };
        // `p/x`, `x/4w`: the format is part of the word.
        let (word, format) = match word.split_once('/') {
            Some((w, f)) => (w, f),
            None => (word, ""),
        };
        let count = || -> u64 {
            if rest.is_empty() {
                1
            } else {
                rest.parse().unwrap_or(1)
            }
        };
        match word {
            "q" | "quit" | "exit" => return true,
            "h" | "help" => say!(out, "{HELP}"),
            "b" | "break" | "tbreak" => {
                if rest.is_empty() {
                    say!(out, "break: give a FUNCTION, FILE:LINE, LINE or *ADDRESS");
                } else {
                    match self.session.add_breakpoint(rest, word == "tbreak") {
                        Ok(bp) => {
                            let addrs: Vec<String> =
                                bp.addrs.iter().map(|a| format!("{a:#x}")).collect();
                            say!(
                                out,
                                "Breakpoint {} at {}: {}",
                                bp.id,
                                addrs.join(", "),
                                bp.what
                            )
                        }
                        Err(e) => say!(out, "{e}"),
                    }
                }
            }
            "d" | "delete" => {
                if rest.is_empty() {
                    let ids: Vec<u32> = self
                        .session
                        .breakpoints()
                        .iter()
                        .map(|b| b.id)
                        .chain(self.session.watchpoints().iter().map(|w| w.id))
                        .collect();
                    for id in ids {
                        self.session.delete(id);
                    }
                    say!(out, "Deleted all breakpoints and watchpoints");
                } else {
                    for n in rest.split_whitespace() {
                        match n.parse() {
                            Ok(id) if self.session.delete(id) => say!(out, "Deleted {id}"),
                            _ => say!(out, "No breakpoint or watchpoint {n}"),
                        }
                    }
                }
            }
            "watch" => match self.session.add_watch(rest) {
                Ok(w) => say!(
                    out,
                    "Watchpoint {}: {} ({} bytes at {:#x})",
                    w.id,
                    w.expr,
                    w.len,
                    w.addr
                ),
                Err(e) => say!(out, "{e}"),
            },
            "r" | "run" | "c" | "cont" | "continue" => self.resume(Resume::Continue, 1, out),
            "start" => match self.session.add_breakpoint("main", true) {
                Ok(_) => self.resume(Resume::Continue, 1, out),
                Err(e) => say!(out, "{e}"),
            },
            "s" | "step" => {
                self.last = "step".into();
                self.resume(Resume::Step, count(), out)
            }
            "n" | "next" => {
                self.last = "next".into();
                self.resume(Resume::Next, count(), out)
            }
            "si" | "stepi" => {
                self.last = "stepi".into();
                self.resume(Resume::Instructions(count()), 1, out)
            }
            "fin" | "finish" => self.resume(Resume::Finish, 1, out),
            "until-step" | "run-to" => match rest.parse::<u64>() {
                Ok(n) if n > self.session.machine().steps() => {
                    self.resume(Resume::UntilStep(n), 1, out)
                }
                Ok(n) => say!(
                    out,
                    "already {} instructions executed (asked for {n})",
                    self.session.machine().steps()
                ),
                Err(_) => say!(out, "until-step: give an instruction count"),
            },
            "bt" | "backtrace" | "where" => out.push_str(&self.session.backtrace_text()),
            "f" | "frame" | "up" | "down" => {
                let current = self.session.selected;
                let n = rest.parse::<usize>().ok();
                let k = match word {
                    "up" => current + n.unwrap_or(1),
                    "down" => current.saturating_sub(n.unwrap_or(1)),
                    _ => n.unwrap_or(current),
                };
                match self.session.select(k) {
                    Ok(f) => {
                        say!(out, "#{k} {:#08x} {}", f.pc, self.session.describe_pc(f.pc));
                        self.source_line(f.file.as_deref(), f.line, out);
                    }
                    Err(e) => say!(out, "{e}"),
                }
            }
            "p" | "print" | "output" => match self.session.evaluate(rest) {
                Ok(v) => say!(out, "{rest} = {}", self.show(&v, format)),
                Err(e) => say!(out, "{e}"),
            },
            "x" => self.examine(format, rest, out),
            "i" | "info" => self.info(rest, out),
            "l" | "list" => self.list(rest, out),
            _ => say!(out, "unknown command `{word}` (try `help`)"),
        }
        false
    }

    /// A value, or with `/x` its bits in hexadecimal.
    fn show(&self, v: &Value, format: &str) -> String {
        if format == "x"
            && let Some(n) = self.scalar(v)
        {
            return format!("{n:#x}");
        }
        self.session.format(v)
    }

    fn scalar(&self, v: &Value) -> Option<u32> {
        match v.place {
            Place::Immediate(n) => Some(n as u32),
            Place::Memory(a) => self.session.machine().memory().read_word(a).ok(),
            Place::Unavailable(_) => None,
        }
    }

    fn resume(&mut self, how: Resume, times: u64, out: &mut String) {
        if let Some(o) = self.session.ended() {
            say!(out, "The program is not running ({}).", ended_text(o));
            return;
        }
        let mut stop = None;
        for _ in 0..times.max(1) {
            match self.session.resume(how) {
                Ok(s) => {
                    let again = matches!(s, Stop::Step);
                    stop = Some(s);
                    if !again {
                        break;
                    }
                }
                Err(e) => {
                    say!(out, "valida: {e}");
                    return;
                }
            }
        }
        let Some(stop) = stop else { return };
        let pc = self.session.machine().pc();
        match &stop {
            Stop::Exited(o) => {
                say!(
                    out,
                    "[program {}; {} instructions]",
                    ended_text(o),
                    self.session.machine().steps()
                );
                if !matches!(o, Outcome::Stopped { .. }) {
                    out.push_str(&self.session.backtrace_text());
                }
                return;
            }
            Stop::Breakpoint(id) => say!(out, "Breakpoint {id}, {}", self.session.describe_pc(pc)),
            Stop::Watch { id, old, new } => {
                let expr = self
                    .session
                    .watchpoints()
                    .iter()
                    .find(|w| w.id == *id)
                    .map_or(String::new(), |w| w.expr.clone());
                say!(
                    out,
                    "Watchpoint {id}: {expr}\nOld value = {old}\nNew value = {new}"
                );
                say!(out, "{}", self.session.describe_pc(pc));
            }
            Stop::Finish { function, value } => {
                say!(out, "Run till exit from {function}");
                say!(out, "{}", self.session.describe_pc(pc));
                if let Some(v) = value {
                    say!(out, "Value returned: {v}");
                }
            }
            Stop::StepCount => say!(
                out,
                "Stopped after {} instructions, {}",
                self.session.machine().steps(),
                self.session.describe_pc(pc)
            ),
            Stop::Step => say!(out, "{}", self.session.describe_pc(pc)),
        }
        let frames = self.session.frames();
        if let Some(f) = frames.first() {
            self.source_line(f.file.as_deref(), f.line, out);
        }
    }

    /// `LINE<TAB>text` of a source line, if the file can be read.
    fn source_line(&mut self, file: Option<&str>, line: Option<u32>, out: &mut String) {
        let (Some(file), Some(line)) = (file, line) else {
            return;
        };
        if let Some(text) = self
            .source(file)
            .and_then(|l| l.get(line as usize - 1).cloned())
        {
            say!(out, "{line}\t{text}");
        }
    }

    fn source(&mut self, file: &str) -> Option<&Vec<String>> {
        self.sources
            .entry(file.to_string())
            .or_insert_with(|| {
                std::fs::read_to_string(file)
                    .ok()
                    .map(|t| t.lines().map(str::to_string).collect())
            })
            .as_ref()
    }

    fn list(&mut self, rest: &str, out: &mut String) {
        let frames = self.session.frames();
        let f = frames.get(self.session.selected).or(frames.first());
        let (Some(file), Some(line)) = (f.and_then(|f| f.file.clone()), f.and_then(|f| f.line))
        else {
            say!(out, "no source line here");
            return;
        };
        let center = rest.parse::<u32>().unwrap_or(line);
        let Some(lines) = self.source(&file).cloned() else {
            say!(out, "cannot read {file}");
            return;
        };
        let first = center.saturating_sub(5).max(1);
        for n in first..first + 10 {
            if let Some(t) = lines.get(n as usize - 1) {
                let mark = if n == line { "=>" } else { "  " };
                say!(out, "{mark}{n}\t{t}");
            }
        }
    }

    fn examine(&mut self, format: &str, rest: &str, out: &mut String) {
        let digits: String = format.chars().take_while(char::is_ascii_digit).collect();
        let count: u32 = digits.parse().unwrap_or(1).clamp(1, 4096);
        let unit = format[digits.len()..].chars().next().unwrap_or('w');
        let addr = match self.session.evaluate(rest) {
            Ok(v) => match (&v.ty, &v.place) {
                // An array or struct examines its own memory; a number or
                // pointer is the address.
                (valida_vm::debugger::value::Ty::Array { .. }, Place::Memory(a))
                | (valida_vm::debugger::value::Ty::Struct { .. }, Place::Memory(a)) => *a,
                _ => match self.scalar(&v) {
                    Some(a) => a,
                    None => {
                        say!(out, "cannot read `{rest}`");
                        return;
                    }
                },
            },
            Err(e) => {
                say!(out, "{e}");
                return;
            }
        };
        match unit {
            'b' => {
                for chunk in self.session.bytes(addr, count).chunks(8) {
                    let cells: Vec<String> = chunk
                        .iter()
                        .map(|(_, b)| b.map_or("??".into(), |b| format!("{b:#04x}")))
                        .collect();
                    say!(out, "{:#010x}:\t{}", chunk[0].0, cells.join("\t"));
                }
            }
            's' => {
                let bytes = self.session.bytes(addr, 256);
                let text: Vec<u8> = bytes
                    .iter()
                    .map_while(|(_, b)| b.filter(|&b| b != 0))
                    .collect();
                say!(out, "{addr:#010x}:\t{:?}", String::from_utf8_lossy(&text));
            }
            _ => {
                for chunk in self.session.words(addr, count).chunks(4) {
                    let cells: Vec<String> = chunk
                        .iter()
                        .map(|(_, w)| w.map_or("??????????".into(), |w| format!("{w:#010x}")))
                        .collect();
                    say!(out, "{:#010x}:\t{}", chunk[0].0, cells.join("\t"));
                }
            }
        }
    }

    fn info(&mut self, what: &str, out: &mut String) {
        match what {
            "locals" | "args" => match self.session.locals(what == "args") {
                Ok(vars) if vars.is_empty() => say!(out, "No {what}."),
                Ok(vars) => {
                    for (name, v) in vars {
                        say!(out, "{name} = {}", self.session.format(&v));
                    }
                }
                Err(e) => say!(out, "{e}"),
            },
            "globals" | "variables" => {
                for (name, v) in self.session.globals() {
                    say!(out, "{name} = {}", self.session.format(&v));
                }
            }
            "frame" | "registers" => match self.session.frame_slots() {
                Ok((f, ra, n)) => {
                    say!(
                        out,
                        "frame #{} at {}",
                        self.session.selected,
                        self.session.describe_pc(f.pc)
                    );
                    say!(out, "  pc = {:#x}, fp = {:#x}", f.pc, f.fp);
                    match ra {
                        Some(ra) => say!(out, "  0(fp) return address = {ra:#x}"),
                        None => say!(out, "  0(fp) unreadable"),
                    }
                    match n {
                        Some(n) => say!(
                            out,
                            "  8(fp) caller distance = {n:#x} (caller fp {:#x})",
                            f.fp.wrapping_add(n)
                        ),
                        None => say!(out, "  8(fp) unreadable"),
                    }
                    say!(
                        out,
                        "  instructions executed: {}",
                        self.session.machine().steps()
                    );
                }
                Err(e) => say!(out, "{e}"),
            },
            "b" | "break" | "breakpoints" | "watch" | "watchpoints" => {
                for b in self.session.breakpoints() {
                    let addrs: Vec<String> = b.addrs.iter().map(|a| format!("{a:#x}")).collect();
                    say!(
                        out,
                        "{}\t{}breakpoint at {}: {}",
                        b.id,
                        if b.temporary { "temporary " } else { "" },
                        addrs.join(", "),
                        b.what
                    );
                }
                for w in self.session.watchpoints() {
                    say!(
                        out,
                        "{}\twatchpoint on {} ({} bytes at {:#x})",
                        w.id,
                        w.expr,
                        w.len,
                        w.addr
                    );
                }
            }
            _ => say!(out, "info: locals, args, globals, frame, breakpoints"),
        }
    }
}

/// How a program ended, in words.
pub fn ended_text(o: &Outcome) -> String {
    match o {
        Outcome::Stopped { exit_code } => format!("exited with status {exit_code}"),
        Outcome::Failed => "terminated with FAIL".into(),
        Outcome::Trapped(t) => format!("trapped: {t}"),
    }
}
