//! The debugger engine behind `valida debug` (terminal and DAP): a machine
//! run one instruction at a time, with breakpoints at addresses (from a
//! function or a `file:line`), watchpoints on memory, source-line stepping
//! (`step`, `next`, `finish`), frames from the frame chain and variables
//! from DWARF. Front ends only format what it returns.

pub mod symbols;
pub mod value;

use std::io::{Read, Write};

use crate::debuginfo::DebugInfo;
use crate::debuginfo::backtrace::{self, ChainEnd};
use crate::error::Error;
use crate::exec::{Io, Machine};
use crate::report::Outcome;
use symbols::Symbols;
use value::{Frame, Place, Value};

/// A breakpoint: where, and what the user asked for.
#[derive(Clone, Debug)]
pub struct Breakpoint {
    pub id: u32,
    pub addrs: Vec<u32>,
    pub what: String,
    /// Removed after its first hit (`start`).
    pub temporary: bool,
}

/// A watchpoint: `len` bytes at `addr`, with the bytes last seen.
#[derive(Clone, Debug)]
pub struct Watchpoint {
    pub id: u32,
    pub expr: String,
    pub addr: u32,
    pub len: u32,
    old: Vec<u8>,
    value: Value,
}

/// Why the program stopped.
#[derive(Clone, Debug)]
pub enum Stop {
    /// A `step`/`next`/`stepi` finished.
    Step,
    Breakpoint(u32),
    /// A watched location changed: id, old and new value (formatted).
    Watch {
        id: u32,
        old: String,
        new: String,
    },
    /// `finish` returned; the value in the callee's result slot, formatted,
    /// if the function returns one.
    Finish {
        function: String,
        value: Option<String>,
    },
    /// `until-step` reached its instruction count.
    StepCount,
    /// The program ended.
    Exited(Outcome),
}

/// How to resume.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    Continue,
    /// Into calls, to the next statement of another line.
    Step,
    /// Over calls.
    Next,
    /// Out of the selected frame.
    Finish,
    /// `n` machine instructions.
    Instructions(u64),
    /// Until the machine has executed this many instructions in total.
    UntilStep(u64),
}

/// One frame of the stack, innermost first.
#[derive(Clone, Debug)]
pub struct FrameInfo {
    pub pc: u32,
    pub fp: u32,
    pub function: String,
    pub file: Option<String>,
    pub line: Option<u32>,
}

/// Instructions `step`/`next`/`continue` run at most before giving up
/// (a runaway loop in code without line information).
const MAX_RESUME: u64 = 1 << 34;

/// A program under the debugger.
pub struct Session {
    machine: Machine,
    input: Box<dyn Read>,
    output: Box<dyn Write>,
    pub lines: Option<DebugInfo>,
    /// Empty (no units) without `-g`.
    pub symbols: Symbols,
    initial_fp: u32,
    breakpoints: Vec<Breakpoint>,
    watchpoints: Vec<Watchpoint>,
    next_id: u32,
    ended: Option<Outcome>,
    /// The frame `print`, `info locals`, `finish` refer to (0: innermost).
    pub selected: usize,
}

impl Session {
    /// A session on a loaded machine (at pc 0); `elf` is the executable's
    /// bytes, for its DWARF.
    pub fn new(
        machine: Machine,
        elf: &[u8],
        input: Box<dyn Read>,
        output: Box<dyn Write>,
    ) -> Result<Session, crate::debuginfo::DebugInfoError> {
        let lines = DebugInfo::from_elf(elf)?;
        let symbols = match Symbols::from_elf(elf)? {
            Some(s) => s,
            None => Symbols::empty()?,
        };
        Ok(Session {
            initial_fp: machine.fp(),
            machine,
            input,
            output,
            lines,
            symbols,
            breakpoints: Vec::new(),
            watchpoints: Vec::new(),
            next_id: 1,
            ended: None,
            selected: 0,
        })
    }

    /// The DWARF symbols, if the program has debug information.
    pub fn syms(&self) -> Option<&Symbols> {
        self.lines.is_some().then_some(&self.symbols)
    }

    pub fn machine(&self) -> &Machine {
        &self.machine
    }

    pub fn ended(&self) -> Option<&Outcome> {
        self.ended.as_ref()
    }

    pub fn breakpoints(&self) -> &[Breakpoint] {
        &self.breakpoints
    }

    pub fn watchpoints(&self) -> &[Watchpoint] {
        &self.watchpoints
    }

    fn fresh_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Addresses of a breakpoint location: `FUNCTION` (past its prologue),
    /// `FILE:LINE`, `LINE` (in the file of the current pc) or `*ADDRESS`.
    /// Returns the addresses and a description.
    pub fn resolve_location(&self, spec: &str) -> Result<(Vec<u32>, String), String> {
        let spec = spec.trim();
        if let Some(addr) = spec.strip_prefix('*') {
            let a = parse_number(addr).ok_or_else(|| format!("bad address `{addr}`"))?;
            return Ok((vec![a], format!("{a:#x}")));
        }
        let (file, line) = match spec.rsplit_once(':') {
            Some((f, l)) if l.chars().all(|c| c.is_ascii_digit()) && !l.is_empty() => {
                (Some(f.to_string()), l.parse::<u32>().ok())
            }
            _ if spec.chars().all(|c| c.is_ascii_digit()) && !spec.is_empty() => {
                // The current frame's file, else main's (as gdb does).
                let here = self
                    .syms()
                    .and_then(|s| {
                        s.row_for(self.frame_pc(self.selected)).or_else(|| {
                            let main = s.function_named("main")?;
                            s.row_for(main.low())
                        })
                    })
                    .map(|r| r.file.to_string())
                    .ok_or("no current source file: give FILE:LINE")?;
                (Some(here), spec.parse::<u32>().ok())
            }
            _ => (None, None),
        };
        if let (Some(file), Some(line)) = (file, line) {
            let symbols = self
                .syms()
                .ok_or("no line table: build the program with -g")?;
            let (found, addrs) = symbols
                .line_breakpoints(&file, line)
                .ok_or_else(|| format!("no code at or after {file}:{line}"))?;
            let short = file.rsplit('/').next().unwrap_or(&file);
            return Ok((addrs, format!("{short}:{found}")));
        }
        // A function: past its prologue with DWARF, else its symbol.
        if let Some(f) = self.syms().and_then(|s| s.function_named(spec)) {
            let addr = f.body.unwrap_or_else(|| f.low());
            return Ok((vec![addr], self.describe_pc(addr)));
        }
        let program = self.machine.program();
        let sym = program
            .symbols
            .functions()
            .find(|s| s.name == spec || crate::debuginfo::demangle(&s.name) == spec)
            .ok_or_else(|| format!("no function or line `{spec}`"))?;
        Ok((vec![sym.value], format!("{spec} at {:#x}", sym.value)))
    }

    /// Sets a breakpoint; returns it.
    pub fn add_breakpoint(&mut self, spec: &str, temporary: bool) -> Result<Breakpoint, String> {
        let (addrs, what) = self.resolve_location(spec)?;
        let bp = Breakpoint {
            id: self.fresh_id(),
            addrs,
            what,
            temporary,
        };
        self.breakpoints.push(bp.clone());
        Ok(bp)
    }

    /// Deletes a breakpoint or watchpoint by number.
    pub fn delete(&mut self, id: u32) -> bool {
        let before = self.breakpoints.len() + self.watchpoints.len();
        self.breakpoints.retain(|b| b.id != id);
        self.watchpoints.retain(|w| w.id != id);
        before != self.breakpoints.len() + self.watchpoints.len()
    }

    /// Removes every breakpoint (the DAP sets them per file, all at once).
    pub fn clear_breakpoints(&mut self) {
        self.breakpoints.clear();
    }

    /// Watches the location `expr` evaluates to (a variable, `*p`, `a[2]`,
    /// or `*ADDRESS` for a word).
    pub fn add_watch(&mut self, expr: &str) -> Result<Watchpoint, String> {
        let value = self.evaluate(expr)?;
        let Place::Memory(addr) = value.place else {
            return Err(format!("`{expr}` is not in memory"));
        };
        let len = self.symbols.size_of(&value.ty).clamp(1, 64);
        let old = self.read_bytes(addr, len)?;
        let w = Watchpoint {
            id: self.fresh_id(),
            expr: expr.to_string(),
            addr,
            len,
            old,
            value,
        };
        self.watchpoints.push(w.clone());
        Ok(w)
    }

    fn read_bytes(&self, addr: u32, len: u32) -> Result<Vec<u8>, String> {
        let mem = self.machine.memory();
        (0..len)
            .map(|i| {
                mem.read_byte(addr.wrapping_add(i))
                    .map_err(|_| format!("cannot read {:#x}", addr.wrapping_add(i)))
            })
            .collect()
    }

    /// Executes up to `n` instructions; `Some` if the program ended.
    fn step_machine(&mut self, n: u64) -> Result<Option<Outcome>, Error> {
        let mut io = Io::new(&mut *self.input, &mut *self.output);
        let outcome = self.machine.step_n(&mut io, n)?;
        if outcome.is_none() {
            // Output written so far shows up at once, between prompts.
            io.flush().map_err(Error::Io)?;
        }
        Ok(outcome)
    }

    /// The line-table statement that starts at `pc` and is a stop.
    fn stop_line(&self, pc: u32) -> Option<(String, u32)> {
        let s = self.syms()?;
        s.stop_at(pc).map(|r| (r.file.to_string(), r.line))
    }

    fn current_line(&self, pc: u32) -> Option<(String, u32)> {
        let s = self.syms()?;
        s.row_for(pc).map(|r| (r.file.to_string(), r.line))
    }

    /// Runs until a stop. Breakpoints stop every mode but `Instructions`;
    /// watchpoints stop every mode.
    pub fn resume(&mut self, how: Resume) -> Result<Stop, Error> {
        if let Some(o) = &self.ended {
            return Ok(Stop::Exited(o.clone()));
        }
        let frames = self.frames();
        let selected = self.selected.min(frames.len().saturating_sub(1));
        let start_fp = frames.get(selected).map_or(self.machine.fp(), |f| f.fp);
        let start_line = self.current_line(self.machine.pc());
        let (finish_fn, finish_pc) = frames
            .get(selected)
            .map(|f| (f.function.clone(), f.pc))
            .unwrap_or_default();
        self.selected = 0;
        // Nothing to check between instructions: run in large chunks.
        if self.breakpoints.is_empty() && self.watchpoints.is_empty() {
            let target = match how {
                Resume::Continue => Some(u64::MAX),
                Resume::UntilStep(n) => Some(n),
                _ => None,
            };
            if let Some(target) = target {
                while self.machine.steps() < target {
                    let chunk = (target - self.machine.steps()).min(1 << 20);
                    if let Some(outcome) = self.step_machine(chunk)? {
                        self.ended = Some(outcome.clone());
                        return Ok(Stop::Exited(outcome));
                    }
                }
                return Ok(Stop::StepCount);
            }
        }
        let mut executed = 0u64;
        loop {
            if let Some(outcome) = self.step_machine(1)? {
                self.ended = Some(outcome.clone());
                return Ok(Stop::Exited(outcome));
            }
            executed += 1;
            if let Some(stop) = self.check_watches() {
                return Ok(stop);
            }
            let pc = self.machine.pc();
            let fp = self.machine.fp();
            if !matches!(how, Resume::Instructions(_))
                && let Some(i) = self.breakpoints.iter().position(|b| b.addrs.contains(&pc))
            {
                let id = self.breakpoints[i].id;
                if self.breakpoints[i].temporary {
                    self.breakpoints.remove(i);
                }
                return Ok(Stop::Breakpoint(id));
            }
            let done = match how {
                Resume::Continue => false,
                Resume::Instructions(n) => executed >= n,
                Resume::UntilStep(n) => {
                    if self.machine.steps() >= n {
                        return Ok(Stop::StepCount);
                    }
                    false
                }
                // From code without line information, both run until the
                // function returns (as gdb does), unless a line comes first.
                Resume::Step => match self.stop_line(pc) {
                    Some(line) => fp != start_fp || Some(&line) != start_line.as_ref(),
                    None => start_line.is_none() && fp > start_fp,
                },
                Resume::Next => {
                    if fp > start_fp {
                        start_line.is_none() || self.stop_line(pc).is_some()
                    } else if fp == start_fp {
                        self.stop_line(pc)
                            .is_some_and(|line| Some(&line) != start_line.as_ref())
                    } else {
                        false
                    }
                }
                Resume::Finish => {
                    if fp > start_fp {
                        let value = self.return_value(finish_pc, start_fp);
                        return Ok(Stop::Finish {
                            function: finish_fn,
                            value,
                        });
                    }
                    false
                }
            };
            if done {
                return Ok(Stop::Step);
            }
            if executed >= MAX_RESUME && !matches!(how, Resume::Continue | Resume::UntilStep(_)) {
                return Ok(Stop::Step);
            }
        }
    }

    /// The value a function left in its result slot `4(fp)` (docs/abi.md),
    /// typed by its DWARF return type.
    fn return_value(&self, pc: u32, callee_fp: u32) -> Option<String> {
        let symbols = self.syms()?;
        let f = symbols.function_at(pc)?;
        let ty = symbols.resolve(f.return_type?);
        let size = symbols.size_of(&ty);
        if size == 0 || size > 4 {
            return None;
        }
        let v = Value {
            place: Place::Memory(callee_fp.wrapping_add(4)),
            ty,
        };
        Some(symbols.format(&v, self.machine.memory()))
    }

    fn check_watches(&mut self) -> Option<Stop> {
        for i in 0..self.watchpoints.len() {
            let (addr, len) = (self.watchpoints[i].addr, self.watchpoints[i].len);
            let Ok(now) = self.read_bytes(addr, len) else {
                continue;
            };
            if now == self.watchpoints[i].old {
                continue;
            }
            let old = std::mem::replace(&mut self.watchpoints[i].old, now);
            let w = &self.watchpoints[i];
            let new = self.format(&w.value);
            // The old bytes, formatted as the watched type.
            let old_text = if old.len() <= 8 {
                let mut raw = [0u8; 8];
                raw[..old.len()].copy_from_slice(&old);
                self.symbols.format(
                    &Value {
                        place: Place::Immediate(u64::from_le_bytes(raw)),
                        ty: w.value.ty.clone(),
                    },
                    self.machine.memory(),
                )
            } else {
                format!("{old:02x?}")
            };
            return Some(Stop::Watch {
                id: w.id,
                old: old_text,
                new,
            });
        }
        None
    }

    /// The stack, innermost first.
    pub fn frames(&self) -> Vec<FrameInfo> {
        let (frames, _end) = backtrace::walk(
            self.machine.memory(),
            self.machine.pc(),
            self.machine.fp(),
            self.initial_fp,
        );
        frames
            .iter()
            .map(|f| {
                let function = self
                    .lines
                    .as_ref()
                    .and_then(|d| d.frames(f.pc).pop())
                    .and_then(|s| s.function)
                    .or_else(|| {
                        self.machine
                            .program()
                            .symbols
                            .function_at(f.pc)
                            .map(|(s, _)| crate::debuginfo::demangle(&s.name).into_owned())
                    })
                    .unwrap_or_else(|| "??".into());
                let (file, line) = match self.lines.as_ref().and_then(|d| d.line(f.pc)) {
                    Some((file, line)) => (Some(file), Some(line)),
                    None => (None, None),
                };
                FrameInfo {
                    pc: f.pc,
                    fp: f.fp,
                    function,
                    file,
                    line,
                }
            })
            .collect()
    }

    /// The backtrace text (function, file:line, inlined frames).
    pub fn backtrace_text(&self) -> String {
        let (frames, end) = backtrace::walk(
            self.machine.memory(),
            self.machine.pc(),
            self.machine.fp(),
            self.initial_fp,
        );
        let end = if matches!(end, ChainEnd::Complete) {
            ChainEnd::Complete
        } else {
            end
        };
        backtrace::render(&frames, &end, self.machine.program(), self.lines.as_ref())
    }

    fn frame_pc(&self, k: usize) -> u32 {
        self.frames().get(k).map_or(self.machine.pc(), |f| f.pc)
    }

    /// `function at file:line` of a pc.
    pub fn describe_pc(&self, pc: u32) -> String {
        // The innermost (inlined) frame: its line is the one shown.
        backtrace::describe(pc, self.machine.program(), self.lines.as_ref())
            .into_iter()
            .next()
            .unwrap_or_else(|| "??".into())
    }

    /// The selected frame as a value-lookup frame.
    fn lookup_frame(&self) -> Result<Frame<'_>, String> {
        let frames = self.frames();
        let f = frames
            .get(self.selected)
            .ok_or_else(|| format!("no frame {}", self.selected))?;
        Ok(Frame {
            pc: f.pc,
            fp: f.fp,
            mem: self.machine.memory(),
        })
    }

    /// Evaluates an expression in the selected frame.
    pub fn evaluate(&self, expr: &str) -> Result<Value, String> {
        let frame = self.lookup_frame()?;
        let locals = self.symbols.locals_at(frame.pc);
        self.symbols.eval(expr, frame, &locals)
    }

    pub fn format(&self, v: &Value) -> String {
        self.symbols.format(v, self.machine.memory())
    }

    /// `(name, value, type)` of the selected frame's visible variables;
    /// `args` selects parameters or the other locals.
    pub fn locals(&self, args: bool) -> Result<Vec<(String, Value)>, String> {
        let frame = self.lookup_frame()?;
        let symbols = self
            .syms()
            .ok_or("no debug information: build the program with -g")?;
        Ok(symbols
            .locals_at(frame.pc)
            .into_iter()
            .filter(|v| v.parameter == args)
            .map(|v| (v.name.clone(), symbols.value_of(v, frame)))
            .collect())
    }

    /// The globals with a location, and their values.
    pub fn globals(&self) -> Vec<(String, Value)> {
        let Some(symbols) = self.syms() else {
            return Vec::new();
        };
        let frame = Frame {
            pc: self.machine.pc(),
            fp: self.machine.fp(),
            mem: self.machine.memory(),
        };
        let mut seen = std::collections::HashSet::new();
        symbols
            .globals
            .iter()
            .filter(|g| seen.insert(g.name.clone()))
            .map(|g| (g.name.clone(), symbols.value_of(g, frame)))
            .collect()
    }

    /// Children of a value (struct members, array elements).
    /// A pointer to a struct or array has one child, its target (`*`).
    pub fn children(&self, v: &Value) -> Vec<(String, Value)> {
        let Some(symbols) = self.syms() else {
            return Vec::new();
        };
        if let value::Ty::Pointer {
            target: Some(t), ..
        } = &v.ty
        {
            let target = symbols.resolve(*t);
            let addr = match v.place {
                Place::Memory(a) => self.machine.memory().read_word(a).ok(),
                Place::Immediate(n) => Some(n as u32),
                Place::Unavailable(_) => None,
            };
            return match (addr, &target) {
                (Some(a), value::Ty::Struct { .. } | value::Ty::Array { .. }) if a != 0 => {
                    vec![(
                        "*".to_string(),
                        Value {
                            place: Place::Memory(a),
                            ty: target,
                        },
                    )]
                }
                _ => Vec::new(),
            };
        }
        symbols.children(v)
    }

    /// Words of memory from `addr` (`None` where unreadable).
    pub fn words(&self, addr: u32, count: u32) -> Vec<(u32, Option<u32>)> {
        (0..count)
            .map(|i| {
                let a = addr.wrapping_add(4 * i);
                (a, self.machine.memory().read_word(a).ok())
            })
            .collect()
    }

    pub fn bytes(&self, addr: u32, count: u32) -> Vec<(u32, Option<u8>)> {
        (0..count)
            .map(|i| {
                let a = addr.wrapping_add(i);
                (a, self.machine.memory().read_byte(a).ok())
            })
            .collect()
    }

    /// Selects frame `k` for `print`, `info locals`, `finish`.
    pub fn select(&mut self, k: usize) -> Result<FrameInfo, String> {
        let frames = self.frames();
        let f = frames
            .get(k)
            .cloned()
            .ok_or_else(|| format!("no frame {k} (the stack has {})", frames.len()))?;
        self.selected = k;
        Ok(f)
    }

    /// The frame's record: pc, fp, return address `0(fp)`, caller distance
    /// `8(fp)`.
    pub fn frame_slots(&self) -> Result<(FrameInfo, Option<u32>, Option<u32>), String> {
        let frames = self.frames();
        let f = frames
            .get(self.selected)
            .cloned()
            .ok_or("no frame selected")?;
        let mem = self.machine.memory();
        Ok((
            f.clone(),
            mem.read_word(f.fp).ok(),
            mem.read_word(f.fp.wrapping_add(8)).ok(),
        ))
    }

    /// Flushes the program's output.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.output.flush()
    }
}

/// A decimal or `0x` hexadecimal number.
pub fn parse_number(text: &str) -> Option<u32> {
    let t = text.trim();
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => t.parse().ok(),
    }
}
