//! `valida debug` (docs/debugging.md): programs built with `-g` are driven
//! by a command script on stdin (terminal front end) and by a scripted Debug
//! Adapter Protocol session (`--dap`). Programs are in tests/debugger/.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{compile, manifest_dir, scratch, text};
use serde_json::{Value, json};

/// The `valida` binary next to `valida-cc` (built by `cargo build
/// --release`, which CI runs first).
fn valida() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_valida-cc"))
        .parent()
        .expect("binary directory")
        .join("valida");
    assert!(
        bin.is_file(),
        "{} is missing: build it with `cargo build --release -p valida-vm`",
        bin.display()
    );
    bin
}

/// Builds tests/debugger/NAME with `flags` in a scratch directory of its
/// own (`test`: tests run in parallel); returns the executable's path.
fn build(test: &str, name: &str, flags: &[&str]) -> PathBuf {
    let work = scratch(&format!("debugger-{test}"));
    let exe = work.join("prog");
    let src = manifest_dir().join("tests").join("debugger").join(name);
    let out = compile(&[src.as_path()], flags, &exe);
    assert!(
        out.status.success(),
        "valida-cc {name}: {}",
        text(&out.stderr)
    );
    exe
}

/// Runs `valida debug EXE` with `script` on stdin; returns its stdout.
fn debug(exe: &Path, extra: &[&str], script: &str) -> String {
    let mut child = Command::new(valida())
        .arg("debug")
        .arg(exe)
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn valida debug");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let out = child.wait_with_output().expect("valida debug");
    assert!(out.status.success(), "valida debug: {}", text(&out.stderr));
    text(&out.stdout)
}

/// Asserts that `parts` occur in `haystack` in this order.
fn assert_in_order(haystack: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        match haystack[at..].find(part) {
            Some(i) => at += i + part.len(),
            None => panic!("`{part}` missing (after byte {at}) in:\n{haystack}"),
        }
    }
}

#[test]
fn c_program_steps_by_line_and_shows_variables() {
    let exe = build("steps", "points.c", &["-g", "-O0"]);
    let out = debug(
        &exe,
        &[],
        "break sum\nrun\ninfo args\ninfo locals\nnext\nnext\nstep\ninfo args\nbt\n\
         finish\nup\nprint pts\nprint pts[2].y\nprint c\nprint &pts[1]\nprint p->y\n\
         print p[1]\nprint counter\ncontinue\n",
    );
    assert_in_order(
        &out,
        &[
            // `break sum` lands past the prologue, on the first statement.
            "Breakpoint 1 at ",
            "sum at ",
            "points.c:11",
            "Breakpoint 1, sum at ",
            "points.c:11",
            "11\t  int total = 0;",
            // Parameters are fp-relative slots (DW_OP_fbreg).
            "(valida) info args\np = 0x",
            "n = 3\n",
            "(valida) info locals\ntotal = 0\n",
            // next: line by line in sum.
            "(valida) next\nsum at ",
            "points.c:12",
            "(valida) next\nsum at ",
            "points.c:13",
            // step: into square, past its prologue.
            "(valida) step\nsquare at ",
            "points.c:7",
            "7\t  int r = v * v;",
            "(valida) info args\nv = 1\n",
            "(valida) bt\n",
            "#0 ",
            "square at ",
            "points.c:7",
            "#1 ",
            "sum at ",
            "points.c:13",
            "#2 ",
            "main at ",
            "points.c:21",
            "#3 ",
            "_start",
            // finish: back in sum, with square's result slot.
            "(valida) finish\nRun till exit from square\nsum at ",
            "Value returned: 1\n",
            "(valida) up\n#1 ",
            "main at ",
            "pts = {{x = 1, y = 2}, {x = 3, y = 4}, {x = 5, y = 6}}",
            "pts[2].y = 6",
            "c = 65 'A'",
            "&pts[1] = 0x",
            // p is not visible in main's frame.
            "no variable `p` here",
            "no variable `p` here",
            "counter = 5",
            // The program finishes with its own output.
            "(valida) continue\n",
            "47 A\n",
            "[program exited with status 0; ",
        ],
    );
}

#[test]
fn breakpoints_at_file_line_watchpoints_and_machine_level() {
    let exe = build("file-line", "points.c", &["-g", "-O0"]);
    let out = debug(
        &exe,
        &[],
        "break points.c:15\nrun\nprint total\nprint p[1]\nprint p->x\ninfo frame\n\
         delete\nwatch counter\ncontinue\nfinish\nnext\nprint s\n\
         until-step 50\nbt\nstepi 2\nx/2w $fp\ncontinue\n",
    );
    assert_in_order(
        &out,
        &[
            "Breakpoint 1 at 0x",
            "points.c:15",
            "Breakpoint 1, sum at ",
            "points.c:15",
            "15\t  counter = total;",
            "total = 47",
            "p[1] = {x = 3, y = 4}",
            "p->x = 1",
            // The frame record: return address and caller distance.
            "frame #0 at sum at ",
            "0(fp) return address = 0x",
            "8(fp) caller distance = 0x",
            "Deleted all",
            "Watchpoint 2: counter (4 bytes at 0x",
            // The global changes from 5 to 47 on line 15.
            "Watchpoint 2: counter\nOld value = 5\nNew value = 47\n",
            "sum at ",
            "Run till exit from sum",
            "Value returned: 47",
            "s = 47",
        ],
    );
    // until-step refuses to go back in time; the program already ran past 50.
    assert!(out.contains("already "), "{out}");
    assert_in_order(
        &out,
        &["(valida) stepi 2\n", "(valida) x/2w $fp\n0x", "47 A\n"],
    );

    // From the start: run to an instruction count, then by instructions.
    let out = debug(
        &exe,
        &[],
        "until-step 40\ninfo frame\nstepi 5\ninfo frame\n",
    );
    assert_in_order(
        &out,
        &[
            "Stopped after 40 instructions",
            "instructions executed: 40",
            "instructions executed: 45",
        ],
    );
}

#[test]
fn program_input_and_failures_under_the_debugger() {
    // A program that FAILs: the debugger reports it with a backtrace.
    let work = scratch("debugger-fail");
    let src = work.join("fail.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n  int c = getchar();\n  \
         if (c == 'x') abort();\n  putchar(c + 1);\n  return 0;\n}\n",
    )
    .expect("write");
    let exe = work.join("fail");
    let out = compile(&[src.as_path()], &["-g", "-O0"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let input = work.join("input");
    std::fs::write(&input, "x").expect("write");
    let out = debug(
        &exe,
        &["--input", input.to_str().expect("utf-8")],
        "break 5\nrun\nprint c\ncontinue\n",
    );
    assert_in_order(
        &out,
        &[
            "Breakpoint 1, main at ",
            "fail.c:5",
            "c = 120",
            "[program terminated with FAIL",
            "abort",
            "main at ",
            "fail.c:5",
        ],
    );
    std::fs::write(&input, "a").expect("write");
    let out = debug(
        &exe,
        &["--input", input.to_str().expect("utf-8")],
        "continue\n",
    );
    assert_in_order(&out, &["b[program exited with status 0"]);
}

#[test]
fn rust_program_steps_by_line_and_shows_variables() {
    let exe = build("rust", "point.rs", &["-g", "-O0"]);
    let out = debug(
        &exe,
        &[],
        "break norm1\nrun\nprint *p\nprint p.x\nprint p->y\nnext\nnext\ninfo locals\nbt\n\
         finish\nprint points\nprint points[1].y\nprint letter\nprint CALLS\n\
         watch total\ncontinue\ndelete\ncontinue\n",
    );
    assert_in_order(
        &out,
        &[
            "Breakpoint 1, point::norm1 at ",
            "point.rs:17",
            "17\t    let ax = p.x.abs();",
            "*p = {x = 3, y = -4}",
            "p.x = 3",
            "p->y = -4",
            "point.rs:18",
            "point.rs:19",
            "(valida) info locals\nax = 3\nay = 4\n",
            "#0 ",
            "point::norm1 at ",
            "#1 ",
            "main at ",
            "point.rs:29",
            "Run till exit from point::norm1",
            "Value returned: 7",
            "points = {{x = 3, y = -4}, {x = -1, y = 2}}",
            "points[1].y = 2",
            "letter = 'v'",
            "CALLS = 1",
            "Watchpoint 2: total\nOld value = 0\nNew value = 7\n",
            "10 v\n",
            "[program exited with status 0",
        ],
    );
}

/// A DAP client: sends requests, collects every message the adapter sends.
struct Dap {
    child: std::process::Child,
    reader: BufReader<std::process::ChildStdout>,
    seq: i64,
    log: Vec<Value>,
}

impl Dap {
    fn start() -> Dap {
        let mut child = Command::new(valida())
            .args(["debug", "--dap"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn valida debug --dap");
        let reader = BufReader::new(child.stdout.take().expect("stdout"));
        Dap {
            child,
            reader,
            seq: 1,
            log: Vec::new(),
        }
    }

    fn read(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            assert!(
                self.reader.read_line(&mut line).expect("read") > 0,
                "adapter closed: {:#?}",
                self.log
            );
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().expect("length");
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("body");
        let v: Value = serde_json::from_slice(&body).expect("json");
        self.log.push(v.clone());
        v
    }

    /// Sends a request and returns its response (messages before it are
    /// logged).
    fn request(&mut self, command: &str, arguments: Value) -> Value {
        let body = json!({ "seq": self.seq, "type": "request", "command": command, "arguments": arguments })
            .to_string();
        self.seq += 1;
        let stdin = self.child.stdin.as_mut().expect("stdin");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("send");
        stdin.flush().expect("flush");
        loop {
            let m = self.read();
            if m["type"] == "response" && m["command"] == command {
                assert_eq!(m["success"], true, "{command}: {m}");
                return m;
            }
        }
    }

    /// Waits for the event `name`.
    fn event(&mut self, name: &str) -> Value {
        if let Some(e) = self
            .log
            .iter()
            .find(|m| m["type"] == "event" && m["event"] == name)
        {
            let e = e.clone();
            self.log.retain(|m| m != &e);
            return e;
        }
        loop {
            let m = self.read();
            if m["type"] == "event" && m["event"] == name {
                self.log.retain(|x| x != &m);
                return m;
            }
        }
    }
}

/// Values of a `variables` response by name.
fn values(response: &Value) -> Vec<(String, String, i64)> {
    response["body"]["variables"]
        .as_array()
        .expect("variables")
        .iter()
        .map(|v| {
            (
                v["name"].as_str().unwrap_or("").to_string(),
                v["value"].as_str().unwrap_or("").to_string(),
                v["variablesReference"].as_i64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn dap_session_breaks_steps_and_shows_variables() {
    let exe = build("dap", "points.c", &["-g", "-O0"]);
    let source = manifest_dir()
        .join("tests")
        .join("debugger")
        .join("points.c");
    let mut dap = Dap::start();
    let init = dap.request(
        "initialize",
        json!({ "adapterID": "valida", "linesStartAt1": true }),
    );
    assert_eq!(init["body"]["supportsConfigurationDoneRequest"], true);
    dap.request("launch", json!({ "program": exe, "stopOnEntry": false }));
    dap.event("initialized");
    let set = dap.request(
        "setBreakpoints",
        json!({ "source": { "path": source }, "breakpoints": [ { "line": 13 } ] }),
    );
    assert_eq!(set["body"]["breakpoints"][0]["verified"], true, "{set}");
    assert_eq!(set["body"]["breakpoints"][0]["line"], 13, "{set}");
    dap.request("configurationDone", json!({}));
    let stopped = dap.event("stopped");
    assert_eq!(stopped["body"]["reason"], "breakpoint", "{stopped}");
    let threads = dap.request("threads", json!({}));
    assert_eq!(threads["body"]["threads"][0]["id"], 1);

    let trace = dap.request("stackTrace", json!({ "threadId": 1 }));
    let frames = trace["body"]["stackFrames"]
        .as_array()
        .expect("frames")
        .clone();
    let names: Vec<&str> = frames
        .iter()
        .map(|f| f["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["sum", "main", "_start"], "{trace}");
    assert_eq!(frames[0]["line"], 13);
    assert!(
        frames[0]["source"]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("points.c"))
    );
    assert_eq!(frames[1]["line"], 21);

    let scopes = dap.request("scopes", json!({ "frameId": frames[0]["id"] }));
    let scope_ref = |name: &str| {
        scopes["body"]["scopes"]
            .as_array()
            .expect("scopes")
            .iter()
            .find(|s| s["name"] == name)
            .map(|s| s["variablesReference"].clone())
            .expect("scope")
    };
    let (locals, args) = (scope_ref("Locals"), scope_ref("Arguments"));
    let locals = values(&dap.request("variables", json!({ "variablesReference": locals })));
    assert_eq!(
        locals
            .iter()
            .map(|(n, v, _)| (n.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [("total", "0"), ("i", "0")]
    );
    let args = values(&dap.request("variables", json!({ "variablesReference": args })));
    assert_eq!(args[0].0, "p");
    assert!(args[0].1.starts_with("0x"), "{args:?}");
    assert_eq!((args[1].0.as_str(), args[1].1.as_str()), ("n", "3"));
    // A pointer to a struct expands to its target.
    let target = values(&dap.request("variables", json!({ "variablesReference": args[0].2 })));
    assert_eq!(
        (target[0].0.as_str(), target[0].1.as_str()),
        ("*", "{x = 1, y = 2}")
    );

    // main's array expands into structs, and they into members.
    let main_scopes = dap.request("scopes", json!({ "frameId": frames[1]["id"] }));
    let main_locals = main_scopes["body"]["scopes"][0]["variablesReference"].clone();
    let main_vars = values(&dap.request("variables", json!({ "variablesReference": main_locals })));
    let (_, pts_text, pts_ref) = main_vars
        .iter()
        .find(|(n, _, _)| n == "pts")
        .expect("pts")
        .clone();
    assert_eq!(pts_text, "{{x = 1, y = 2}, {x = 3, y = 4}, {x = 5, y = 6}}");
    let elems = values(&dap.request("variables", json!({ "variablesReference": pts_ref })));
    assert_eq!(elems.len(), 3);
    let members = values(&dap.request("variables", json!({ "variablesReference": elems[1].2 })));
    assert_eq!(
        members
            .iter()
            .map(|(n, v, _)| (n.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [("x", "3"), ("y", "4")]
    );
    let eval = dap.request(
        "evaluate",
        json!({ "expression": "p[2].y", "frameId": frames[0]["id"] }),
    );
    assert_eq!(eval["body"]["result"], "6");

    // stepIn enters square; stepOut returns to sum; next goes on to the
    // loop's closing line in sum.
    dap.request("stepIn", json!({ "threadId": 1 }));
    assert_eq!(dap.event("stopped")["body"]["reason"], "step");
    let trace = dap.request("stackTrace", json!({ "threadId": 1 }));
    assert_eq!(trace["body"]["stackFrames"][0]["name"], "square");
    assert_eq!(trace["body"]["stackFrames"][0]["line"], 7);
    dap.request("stepOut", json!({ "threadId": 1 }));
    dap.event("stopped");
    let trace = dap.request("stackTrace", json!({ "threadId": 1 }));
    assert_eq!(trace["body"]["stackFrames"][0]["name"], "sum");
    dap.request("next", json!({ "threadId": 1 }));
    dap.event("stopped");
    let trace = dap.request("stackTrace", json!({ "threadId": 1 }));
    assert_eq!(trace["body"]["stackFrames"][0]["name"], "sum");
    assert_eq!(trace["body"]["stackFrames"][0]["line"], 14);

    // Without breakpoints the program runs to its end: output, exit code.
    dap.request(
        "setBreakpoints",
        json!({ "source": { "path": source }, "breakpoints": [] }),
    );
    dap.request("continue", json!({ "threadId": 1 }));
    let output = dap.event("output");
    assert_eq!(output["body"]["output"], "47 A\n");
    assert_eq!(dap.event("exited")["body"]["exitCode"], 0);
    dap.event("terminated");
    dap.request("disconnect", json!({}));
    let status = dap.child.wait().expect("adapter exits");
    assert!(status.success());
}

#[test]
fn without_debug_information_the_debugger_works_at_machine_level() {
    let exe = build("no-g", "points.c", &["-O0"]);
    let out = debug(
        &exe,
        &[],
        "break sum\nrun\nbt\ninfo locals\nprint $fp\nx/3w $fp\nstep\nbt\ncontinue\n",
    );
    assert_in_order(
        &out,
        &[
            "no debug information: machine-level only",
            // The symbol's address: there is no prologue-end row to use.
            "Breakpoint 1 at 0x",
            "Breakpoint 1, sum\n",
            "#0 ",
            "sum\n",
            "#1 ",
            "main\n",
            "no debug information: build the program with -g",
            "$fp = ",
            "(valida) x/3w $fp\n0x",
            // step without line information runs until the function returns.
            "(valida) step\nmain\n",
            "(valida) bt\n  #0 ",
            "main\n",
            "47 A\n",
            "[program exited with status 0",
        ],
    );
}
