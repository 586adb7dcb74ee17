//! Batch runs (`valida run PROG --inputs DIR`): one program over many
//! inputs on all cores. Each worker thread keeps one machine (predecoded
//! code and memory mapping) for all its runs and shares the compiled code
//! with the others; between runs only the memory pages the last run touched
//! are zeroed. Inputs are memory-mapped, not copied; outputs go to a buffer
//! per worker that is reused, and only their digest is kept.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::exec::{Io, Machine, RunOptions};
use crate::jit::Compiled;
use crate::memory::{MEM_LIMIT, Memory};
use crate::program::Program;
use crate::report::Outcome;

const PAGE: usize = 4096;

/// Zeroes every page of `mem` that a run may have written: the resident
/// ones (mincore(2)); a page that only maps the shared zero page, or was
/// never touched, is left alone.
pub(crate) fn clear_touched(mem: &mut Memory) -> std::io::Result<()> {
    let bytes = mem
        .slice_mut(0, MEM_LIMIT)
        .map_err(|k| std::io::Error::other(k.name()))?;
    let pages = bytes.len().div_ceil(PAGE);
    let mut resident = vec![0u8; pages];
    // SAFETY: the range is our own mapping and `resident` has one byte per page.
    let rc = unsafe {
        libc::mincore(
            bytes.as_mut_ptr().cast(),
            bytes.len(),
            resident.as_mut_ptr(),
        )
    };
    if rc != 0 {
        // Unknown residency: zero everything (correct, only slower).
        bytes.fill(0);
        return Ok(());
    }
    for (page, r) in bytes.chunks_mut(PAGE).zip(&resident) {
        if r & 1 != 0 && page.iter().any(|&b| b != 0) {
            page.fill(0);
        }
    }
    Ok(())
}

/// What one input's run produced.
#[derive(Clone, Debug)]
pub struct BatchRun {
    /// File name of the input.
    pub name: String,
    /// The outcome, or the host error that stopped the run.
    pub outcome: Result<Outcome, String>,
    pub steps: u64,
    pub output_len: usize,
    /// SHA-256 of the output.
    pub digest: [u8; 32],
}

impl BatchRun {
    /// Exit status `valida run` would have given (4 for a host error).
    pub fn status(&self) -> u8 {
        self.outcome.as_ref().map_or(4, Outcome::exit_status)
    }

    /// One line: name, status, how it ended, instructions, output size and digest.
    pub fn line(&self) -> String {
        let how = match &self.outcome {
            Ok(Outcome::Stopped { .. }) => "stop".to_string(),
            Ok(Outcome::Failed) => "fail".to_string(),
            Ok(Outcome::Trapped(t)) => format!("trap:{}@{:#x}", t.kind, t.pc),
            Err(e) => format!("error:{e}"),
        };
        let hex: String = self.digest.iter().map(|b| format!("{b:02x}")).collect();
        format!(
            "{}\tstatus={}\t{how}\tinstructions={}\toutput={}B\tsha256={hex}",
            self.name,
            self.status(),
            self.steps,
            self.output_len
        )
    }
}

/// The input files of `dir` (regular files, sorted by name).
pub fn input_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// Runs `program` once per input file on `threads` workers (with compiled
/// code if `jit` and the program compiles). Results are in input order.
pub fn run_batch(
    program: &Program,
    inputs: &[PathBuf],
    options: &RunOptions,
    jit: bool,
    threads: usize,
) -> Result<Vec<BatchRun>, Error> {
    let first = Machine::new(program.clone(), options)?;
    let compiled = if jit {
        Compiled::new(&first, options.count_instructions).ok()
    } else {
        None
    };
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<BatchRun>>> = Mutex::new(vec![None; inputs.len()]);
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    let threads = threads.clamp(1, inputs.len().max(1));
    let first = Mutex::new(Some(first));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let taken = first.lock().ok().and_then(|mut f| f.take());
                let mut machine = match taken {
                    Some(m) => m,
                    None => match Machine::new(program.clone(), options) {
                        Ok(m) => m,
                        Err(e) => {
                            if let Ok(mut f) = failure.lock() {
                                f.get_or_insert(e);
                            }
                            return;
                        }
                    },
                };
                let mut output = Vec::new();
                let mut fresh = true;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = inputs.get(i) else { break };
                    if !fresh && let Err(e) = machine.reset(options) {
                        if let Ok(mut f) = failure.lock() {
                            f.get_or_insert(e);
                        }
                        return;
                    }
                    fresh = false;
                    output.clear();
                    let run = run_one(&mut machine, compiled.as_ref(), path, &mut output);
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(run);
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().ok().flatten() {
        return Err(e);
    }
    let results = results
        .into_inner()
        .map_err(|_| Error::Io(std::io::Error::other("a batch worker panicked")))?;
    results
        .into_iter()
        .map(|r| r.ok_or_else(|| Error::Io(std::io::Error::other("a batch worker stopped"))))
        .collect()
}

fn run_one(
    machine: &mut Machine,
    compiled: Option<&Compiled>,
    path: &Path,
    output: &mut Vec<u8>,
) -> BatchRun {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mapped = std::fs::File::open(path).and_then(|f| {
        if f.metadata()?.len() == 0 {
            return Ok(None);
        }
        // SAFETY: the input is only read; a file changed while it runs
        // gives different input bytes, never unsoundness in our code.
        unsafe { memmap2::Mmap::map(&f) }.map(Some)
    });
    let outcome = match mapped {
        Ok(map) => {
            let mut input: &[u8] = map.as_deref().unwrap_or(&[]);
            let mut io = Io::new(&mut input, output);
            let result = match compiled {
                Some(c) => c.run(machine, &mut io),
                None => machine.run(&mut io),
            };
            result.map_err(|e| e.to_string())
        }
        Err(e) => Err(format!("cannot read input {}: {e}", path.display())),
    };
    BatchRun {
        name,
        outcome,
        steps: machine.steps(),
        output_len: output.len(),
        digest: Sha256::digest(&output[..]).into(),
    }
}
