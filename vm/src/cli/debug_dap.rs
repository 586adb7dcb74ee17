//! `valida debug --dap`: the debugger engine behind the Debug Adapter
//! Protocol (JSON messages with `Content-Length` framing on stdin/stdout),
//! so that VS Code and other DAP clients can debug Valida programs. One
//! thread (`threadId` 1); frames are numbered from 1, innermost first.
//!
//! Launch arguments: `program` (path, required), `args` (argv[1]…),
//! `input` (file for READ_ADVICE), `stopOnEntry`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::rc::Rc;

use serde_json::{Value as Json, json};
use valida_vm::debugger::value::Value;
use valida_vm::debugger::{Resume, Session, Stop};
use valida_vm::{DEFAULT_INITIAL_FP, Outcome};

use super::HOST_ERROR;
use super::debug::{ended_text, open_session};

/// Program output collected between requests, sent as `output` events.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// What a `variablesReference` stands for (valid until the next resume).
enum Scope {
    Locals { frame: usize, args: bool },
    Globals,
    Children(Value),
}

struct Server<W: Write> {
    out: W,
    seq: i64,
    session: Option<Session>,
    captured: Captured,
    /// Breakpoint ids set per source path (and "" for functions).
    by_source: HashMap<String, Vec<u32>>,
    /// `setBreakpoints` that came before `launch`.
    pending: Vec<Json>,
    scopes: Vec<Scope>,
    stop_on_entry: bool,
}

pub fn serve() -> u8 {
    let stdin = io::stdin();
    let mut reader = BufReader::new(stdin.lock());
    let mut server = Server {
        out: io::stdout().lock(),
        seq: 1,
        session: None,
        captured: Captured::default(),
        by_source: HashMap::new(),
        pending: Vec::new(),
        scopes: Vec::new(),
        stop_on_entry: false,
    };
    loop {
        let message = match read_message(&mut reader) {
            Ok(Some(m)) => m,
            Ok(None) => return 0,
            Err(e) => {
                diag!("valida debug --dap: {e}");
                return HOST_ERROR;
            }
        };
        match server.handle(&message) {
            Ok(true) => return 0,
            Ok(false) => {}
            Err(e) => {
                diag!("valida debug --dap: cannot write: {e}");
                return HOST_ERROR;
            }
        }
    }
}

/// One message: headers, a blank line, `Content-Length` bytes of JSON.
/// `Ok(None)` at end of input.
fn read_message(reader: &mut impl BufRead) -> io::Result<Option<Json>> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end();
        if line.is_empty() {
            if length.is_some() {
                break;
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let n = length.unwrap_or(0);
    let mut body = vec![0u8; n];
    reader.read_exact(&mut body)?;
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("bad message: {e}")))
}

impl<W: Write> Server<W> {
    fn send(&mut self, mut message: Json) -> io::Result<()> {
        message["seq"] = json!(self.seq);
        self.seq += 1;
        let body = message.to_string();
        write!(self.out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
        self.out.flush()
    }

    fn respond(&mut self, request: &Json, body: Json) -> io::Result<()> {
        self.send(json!({
            "type": "response",
            "request_seq": request["seq"],
            "command": request["command"],
            "success": true,
            "body": body,
        }))
    }

    fn fail(&mut self, request: &Json, message: &str) -> io::Result<()> {
        self.send(json!({
            "type": "response",
            "request_seq": request["seq"],
            "command": request["command"],
            "success": false,
            "message": message,
            "body": { "error": { "id": 1, "format": message } },
        }))
    }

    fn event(&mut self, event: &str, body: Json) -> io::Result<()> {
        self.send(json!({ "type": "event", "event": event, "body": body }))
    }

    /// Handles one request; `Ok(true)` when the session is over.
    fn handle(&mut self, request: &Json) -> io::Result<bool> {
        let command = request["command"].as_str().unwrap_or("");
        let args = &request["arguments"];
        match command {
            "initialize" => {
                self.respond(
                    request,
                    json!({
                        "supportsConfigurationDoneRequest": true,
                        "supportsFunctionBreakpoints": true,
                        "supportsEvaluateForHovers": true,
                        "supportsSteppingGranularity": false,
                    }),
                )?;
            }
            "launch" => return self.launch(request).map(|()| false),
            "setBreakpoints" => {
                if self.session.is_none() {
                    self.pending.push(request.clone());
                    let lines: Vec<Json> = args["breakpoints"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|b| json!({ "verified": false, "line": b["line"] }))
                        .collect();
                    self.respond(request, json!({ "breakpoints": lines }))?;
                } else {
                    let body = self.set_breakpoints(args);
                    self.respond(request, body)?;
                }
            }
            "setFunctionBreakpoints" => {
                let body = self.set_function_breakpoints(args);
                self.respond(request, body)?;
            }
            "setExceptionBreakpoints" => self.respond(request, json!({ "breakpoints": [] }))?,
            "configurationDone" => {
                self.respond(request, json!({}))?;
                if self.stop_on_entry {
                    self.event(
                        "stopped",
                        json!({ "reason": "entry", "threadId": 1, "allThreadsStopped": true }),
                    )?;
                } else {
                    self.resume(Resume::Continue)?;
                }
            }
            "threads" => self.respond(
                request,
                json!({ "threads": [ { "id": 1, "name": "main" } ] }),
            )?,
            "stackTrace" => {
                let Some(session) = &self.session else {
                    return self.fail(request, "not launched").map(|()| false);
                };
                let frames: Vec<Json> = session
                    .frames()
                    .iter()
                    .enumerate()
                    .map(|(k, f)| {
                        let mut frame = json!({
                            "id": k + 1,
                            "name": f.function,
                            "line": f.line.unwrap_or(0),
                            "column": if f.line.is_some() { 1 } else { 0 },
                            "instructionPointerReference": format!("{:#x}", f.pc),
                        });
                        if let Some(file) = &f.file {
                            let name = file.rsplit('/').next().unwrap_or(file);
                            frame["source"] = json!({ "name": name, "path": file });
                        }
                        frame
                    })
                    .collect();
                let total = frames.len();
                self.respond(
                    request,
                    json!({ "stackFrames": frames, "totalFrames": total }),
                )?;
            }
            "scopes" => {
                let frame = args["frameId"].as_u64().unwrap_or(1).max(1) as usize - 1;
                let locals = self.scope(Scope::Locals { frame, args: false });
                let params = self.scope(Scope::Locals { frame, args: true });
                let globals = self.scope(Scope::Globals);
                self.respond(
                    request,
                    json!({ "scopes": [
                        { "name": "Locals", "presentationHint": "locals", "variablesReference": locals, "expensive": false },
                        { "name": "Arguments", "presentationHint": "arguments", "variablesReference": params, "expensive": false },
                        { "name": "Globals", "variablesReference": globals, "expensive": false },
                    ] }),
                )?;
            }
            "variables" => {
                let r = args["variablesReference"].as_u64().unwrap_or(0) as usize;
                match self.variables(r) {
                    Ok(vars) => self.respond(request, json!({ "variables": vars }))?,
                    Err(e) => self.fail(request, &e)?,
                }
            }
            "evaluate" => {
                let expr = args["expression"].as_str().unwrap_or("");
                let frame = args["frameId"].as_u64().unwrap_or(1).max(1) as usize - 1;
                let Some(session) = self.session.as_mut() else {
                    return self.fail(request, "not launched").map(|()| false);
                };
                let saved = session.selected;
                let result = session
                    .select(frame)
                    .and_then(|_| session.evaluate(expr))
                    .map(|v| {
                        let text = session.format(&v);
                        let ty = v.ty.name().to_string();
                        let has = !session.children(&v).is_empty();
                        (text, ty, has, v)
                    });
                session.selected = saved;
                match result {
                    Ok((text, ty, has, v)) => {
                        let r = if has {
                            self.scope(Scope::Children(v))
                        } else {
                            0
                        };
                        self.respond(
                            request,
                            json!({ "result": text, "type": ty, "variablesReference": r }),
                        )?
                    }
                    Err(e) => self.fail(request, &e)?,
                }
            }
            "continue" => {
                self.respond(request, json!({ "allThreadsContinued": true }))?;
                self.resume(Resume::Continue)?;
            }
            "next" => {
                self.respond(request, json!({}))?;
                self.resume(Resume::Next)?;
            }
            "stepIn" => {
                self.respond(request, json!({}))?;
                self.resume(Resume::Step)?;
            }
            "stepOut" => {
                self.respond(request, json!({}))?;
                self.resume(Resume::Finish)?;
            }
            "pause" => self.respond(request, json!({}))?,
            "disconnect" | "terminate" => {
                self.respond(request, json!({}))?;
                return Ok(true);
            }
            _ => self.fail(request, &format!("unsupported request `{command}`"))?,
        }
        Ok(false)
    }

    fn launch(&mut self, request: &Json) -> io::Result<()> {
        let args = &request["arguments"];
        let Some(program) = args["program"].as_str() else {
            return self.fail(
                request,
                "launch: `program` (the executable's path) is required",
            );
        };
        let elf = match std::fs::read(program) {
            Ok(b) => b,
            Err(e) => return self.fail(request, &format!("cannot read {program}: {e}")),
        };
        let input: Box<dyn Read> = match args["input"].as_str() {
            None => Box::new(io::empty()),
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => Box::new(BufReader::new(f)),
                Err(e) => return self.fail(request, &format!("cannot open input {path}: {e}")),
            },
        };
        let mut argv = vec![program.as_bytes().to_vec()];
        for a in args["args"].as_array().into_iter().flatten() {
            if let Some(s) = a.as_str() {
                argv.push(s.as_bytes().to_vec());
            }
        }
        self.stop_on_entry = args["stopOnEntry"].as_bool().unwrap_or(false);
        match open_session(
            &elf,
            &argv,
            DEFAULT_INITIAL_FP,
            input,
            Box::new(self.captured.clone()),
        ) {
            Ok(s) => self.session = Some(s),
            Err((_, why)) => return self.fail(request, &format!("{program}: {why}")),
        }
        self.respond(request, json!({}))?;
        for pending in std::mem::take(&mut self.pending) {
            let body = self.set_breakpoints(&pending["arguments"]);
            self.event(
                "breakpoint",
                json!({ "reason": "changed", "breakpoints": body["breakpoints"] }),
            )?;
        }
        self.event("initialized", json!({}))
    }

    fn replace(&mut self, key: &str, specs: Vec<(String, Json)>) -> Json {
        let Some(session) = self.session.as_mut() else {
            return json!({ "breakpoints": [] });
        };
        for id in self.by_source.remove(key).unwrap_or_default() {
            session.delete(id);
        }
        let mut ids = Vec::new();
        let mut out = Vec::new();
        for (spec, asked) in specs {
            match session.add_breakpoint(&spec, false) {
                Ok(bp) => {
                    ids.push(bp.id);
                    // `what` is `file:LINE` for line breakpoints: report the
                    // line actually used.
                    let line = bp
                        .what
                        .rsplit_once(':')
                        .and_then(|(_, l)| l.parse::<u32>().ok())
                        .map_or(asked.clone(), |l| json!(l));
                    out.push(json!({ "id": bp.id, "verified": true, "line": line }));
                }
                Err(e) => out.push(json!({ "verified": false, "line": asked, "message": e })),
            }
        }
        self.by_source.insert(key.to_string(), ids);
        json!({ "breakpoints": out })
    }

    fn set_breakpoints(&mut self, args: &Json) -> Json {
        let path = args["source"]["path"].as_str().unwrap_or("").to_string();
        let specs = args["breakpoints"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|b| (format!("{path}:{}", b["line"]), b["line"].clone()))
            .collect();
        self.replace(&path, specs)
    }

    fn set_function_breakpoints(&mut self, args: &Json) -> Json {
        let specs = args["breakpoints"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|b| b["name"].as_str().map(|n| (n.to_string(), Json::Null)))
            .collect();
        self.replace("", specs)
    }

    fn scope(&mut self, s: Scope) -> usize {
        self.scopes.push(s);
        self.scopes.len()
    }

    fn variables(&mut self, r: usize) -> Result<Vec<Json>, String> {
        let session = self.session.as_mut().ok_or("not launched")?;
        let list: Vec<(String, Value)> = match self.scopes.get(r.wrapping_sub(1)) {
            Some(Scope::Locals { frame, args }) => {
                let saved = session.selected;
                let list = session.select(*frame).and_then(|_| session.locals(*args));
                session.selected = saved;
                list?
            }
            Some(Scope::Globals) => session.globals(),
            Some(Scope::Children(v)) => session.children(v),
            None => return Err(format!("no variables reference {r}")),
        };
        let mut out = Vec::new();
        for (name, v) in list {
            let session = self.session.as_ref().ok_or("not launched")?;
            let text = session.format(&v);
            let ty = v.ty.name().to_string();
            let has = !session.children(&v).is_empty();
            let reference = if has {
                self.scope(Scope::Children(v))
            } else {
                0
            };
            out.push(
                json!({ "name": name, "value": text, "type": ty, "variablesReference": reference }),
            );
        }
        Ok(out)
    }

    /// Resumes, then sends the program's output and `stopped`, or
    /// `exited` and `terminated`.
    fn resume(&mut self, how: Resume) -> io::Result<()> {
        self.scopes.clear();
        let Some(session) = self.session.as_mut() else {
            return self.event("terminated", json!({}));
        };
        let result = session.resume(how);
        let report = match &result {
            Ok(Stop::Exited(o)) if !matches!(o, Outcome::Stopped { .. }) => Some(format!(
                "[program {}]\n{}",
                ended_text(o),
                session.backtrace_text()
            )),
            _ => None,
        };
        let text = std::mem::take(&mut *self.captured.0.borrow_mut());
        if !text.is_empty() {
            self.event(
                "output",
                json!({ "category": "stdout", "output": String::from_utf8_lossy(&text) }),
            )?;
        }
        if let Some(report) = report {
            self.event("output", json!({ "category": "stderr", "output": report }))?;
        }
        match result {
            Ok(Stop::Exited(o)) => {
                let code = match o {
                    Outcome::Stopped { exit_code } => i64::from(exit_code),
                    _ => 1,
                };
                self.event("exited", json!({ "exitCode": code }))?;
                self.event("terminated", json!({}))
            }
            Ok(stop) => {
                let (reason, ids) = match stop {
                    Stop::Breakpoint(id) => ("breakpoint", vec![id]),
                    Stop::Watch { id, .. } => ("data breakpoint", vec![id]),
                    _ => ("step", vec![]),
                };
                self.event(
                    "stopped",
                    json!({
                        "reason": reason,
                        "threadId": 1,
                        "allThreadsStopped": true,
                        "hitBreakpointIds": ids,
                    }),
                )
            }
            Err(e) => {
                self.event(
                    "output",
                    json!({ "category": "stderr", "output": format!("valida: {e}\n") }),
                )?;
                self.event("terminated", json!({}))
            }
        }
    }
}
