//! The installed official Valida v1.0 prover (`valida-official`, from
//! scripts/install-official-valida.sh): finding it, proving, verifying,
//! and reading the trace dimensions it prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use super::chips::{Chip, NUM_CHIPS};

/// The script that installs the official prover.
pub const INSTALL_SCRIPT: &str = "scripts/install-official-valida.sh";

#[derive(Debug, thiserror::Error)]
pub enum OfficialError {
    #[error(
        "the official Valida prover is not installed (looked for {0}); install it with `bash {INSTALL_SCRIPT}` or set VALIDA_OFFICIAL to its path"
    )]
    NotInstalled(String),
    #[error("cannot run the official prover {0}: {1}")]
    Spawn(String, std::io::Error),
    #[error("cannot write {0}: {1}")]
    File(String, std::io::Error),
    #[error("the official prover failed to prove {program} (status {status}): {detail}")]
    ProveFailed {
        program: String,
        status: String,
        detail: String,
    },
    #[error("cannot read the official prover's --show-dimensions output: {0}")]
    Dimensions(String),
}

/// The official prover binary (or the wrapper the install script writes).
#[derive(Clone, Debug)]
pub struct Official {
    pub path: PathBuf,
}

/// What a successful `prove` did.
#[derive(Clone, Debug)]
pub struct Proved {
    /// Everything the prover printed on stdout (the program output once
    /// per execution pass, dimensions if asked, "Proof successful").
    pub stdout: String,
    pub elapsed: Duration,
}

/// Result of `verify`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Verified,
    /// The verifier's message (e.g. the claimed output does not match).
    Rejected(String),
}

impl Official {
    /// `$VALIDA_OFFICIAL`, else the install script's cache
    /// (`${VALIDA_OFFICIAL_DIR:-$HOME/.cache/valida-cc/official}/valida-official`).
    pub fn locate() -> Result<Official, OfficialError> {
        let candidate = match std::env::var_os("VALIDA_OFFICIAL") {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => {
                let dir = match std::env::var_os("VALIDA_OFFICIAL_DIR") {
                    Some(d) if !d.is_empty() => PathBuf::from(d),
                    _ => match std::env::var_os("HOME") {
                        Some(h) => Path::new(&h).join(".cache/valida-cc/official"),
                        None => {
                            return Err(OfficialError::NotInstalled(
                                "$HOME/.cache/valida-cc/official/valida-official ($HOME unset)"
                                    .into(),
                            ));
                        }
                    },
                };
                dir.join("valida-official")
            }
        };
        if candidate.is_file() {
            Ok(Official { path: candidate })
        } else {
            Err(OfficialError::NotInstalled(candidate.display().to_string()))
        }
    }

    fn run(&self, args: &[&std::ffi::OsStr]) -> Result<Output, OfficialError> {
        Command::new(&self.path)
            .args(args)
            .output()
            .map_err(|e| OfficialError::Spawn(self.path.display().to_string(), e))
    }

    /// `prove [--show-dimensions] [--max-segment-size N] PROGRAM PROOF INPUT`.
    pub fn prove(
        &self,
        program: &Path,
        input: &Path,
        proof: &Path,
        show_dimensions: bool,
        max_segment_size: Option<u32>,
    ) -> Result<Proved, OfficialError> {
        let mut args: Vec<std::ffi::OsString> = vec!["prove".into()];
        if show_dimensions {
            args.push("--show-dimensions".into());
        }
        if let Some(n) = max_segment_size {
            args.push("--max-segment-size".into());
            args.push(n.to_string().into());
        }
        args.extend([program.into(), proof.into(), input.into()]);
        let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let started = Instant::now();
        let out = self.run(&refs)?;
        let elapsed = started.elapsed();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() || !stdout.contains("Proof successful") {
            let stderr = String::from_utf8_lossy(&out.stderr);
            // A panic's message is the line after "panicked at"; otherwise
            // the last meaningful line.
            let mut lines = stderr.lines();
            let panic = lines.find(|l| l.contains("panicked at")).map(|at| {
                format!(
                    "panic: {} ({})",
                    lines.next().unwrap_or("").trim(),
                    at.trim()
                )
            });
            let detail = panic.unwrap_or_else(|| {
                stderr
                    .lines()
                    .chain(stdout.lines())
                    .filter(|l| !l.trim().is_empty())
                    .rfind(|l| !l.contains("Reached stop instruction") && !l.starts_with("==="))
                    .unwrap_or("no message")
                    .to_string()
            });
            return Err(OfficialError::ProveFailed {
                program: program.display().to_string(),
                status: out.status.to_string(),
                detail,
            });
        }
        Ok(Proved { stdout, elapsed })
    }

    /// `verify PROGRAM PROOF CLAIMED_OUTPUT`.
    pub fn verify(
        &self,
        program: &Path,
        proof: &Path,
        claimed_output: &Path,
    ) -> Result<Verdict, OfficialError> {
        let out = self.run(&[
            "verify".as_ref(),
            program.as_os_str(),
            proof.as_os_str(),
            claimed_output.as_os_str(),
        ])?;
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if out.status.success() && text.contains("Proof verified") {
            Ok(Verdict::Verified)
        } else {
            let msg = text
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .unwrap_or("no message")
                .to_string();
            Ok(Verdict::Rejected(msg))
        }
    }
}

/// One segment's traces as `--show-dimensions` prints them:
/// `(columns, rows)` per chip for main, permutation and public traces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SegmentDimensions {
    pub main: [Option<(u64, u64)>; NUM_CHIPS],
    pub permutation: [Option<(u64, u64)>; NUM_CHIPS],
    pub public: [Option<(u64, u64)>; NUM_CHIPS],
}

fn chip_named(name: &str) -> Option<Chip> {
    Chip::ALL.into_iter().find(|c| c.layout().name == name)
}

/// Reads the dimensions `prove --show-dimensions` printed, one entry per
/// segment (a segment ends with its "Total permutation trace size").
/// Main and public traces are printed twice per segment; the last wins.
pub fn parse_dimensions(text: &str) -> Result<Vec<SegmentDimensions>, OfficialError> {
    #[derive(Clone, Copy)]
    enum Kind {
        Main,
        Permutation,
        Public,
    }
    let mut segments = Vec::new();
    let mut current = SegmentDimensions::default();
    let mut pending: Option<(Kind, Chip)> = None;
    for line in text.lines() {
        let header = [
            ("Main trace dimensions for Chip: ", Kind::Main),
            ("Permutation trace dimensions for Chip: ", Kind::Permutation),
            ("Public trace dimensions for Chip: ", Kind::Public),
        ];
        if let Some((kind, name)) = header
            .iter()
            .find_map(|(p, k)| line.find(p).map(|at| (*k, &line[at + p.len()..])))
        {
            let chip = chip_named(name.trim())
                .ok_or_else(|| OfficialError::Dimensions(format!("unknown chip `{name}`")))?;
            pending = Some((kind, chip));
            continue;
        }
        if let Some((kind, chip)) = pending {
            let words: Vec<&str> = line.split_whitespace().collect();
            let dims = match words.as_slice() {
                [cols, "columns", "and", rows, "rows"]
                | [cols, "*extension", "field*", "columns", "and", rows, "rows"] => {
                    match (cols.parse::<u64>(), rows.parse::<u64>()) {
                        (Ok(c), Ok(r)) => Some((c, r)),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(d) = dims {
                let slot = match kind {
                    Kind::Main => &mut current.main,
                    Kind::Permutation => &mut current.permutation,
                    Kind::Public => &mut current.public,
                };
                slot[chip.index()] = Some(d);
                pending = None;
            }
        }
        if line.contains("Total permutation trace size") {
            segments.push(std::mem::take(&mut current));
        }
    }
    if segments.is_empty() {
        return Err(OfficialError::Dimensions(
            "no \"Total permutation trace size\" line".into(),
        ));
    }
    Ok(segments)
}

/// The same dimensions, computed by the cost model for one segment.
pub fn model_dimensions(seg: &super::SegmentCost) -> SegmentDimensions {
    let mut d = SegmentDimensions::default();
    for chip in Chip::ALL {
        let l = chip.layout();
        let h = seg.height(chip);
        if l.main > 0 {
            d.main[chip.index()] = Some((l.main, h));
        }
        if l.permutation > 0 {
            d.permutation[chip.index()] = Some((l.permutation, h));
        }
        if l.public > 0 {
            d.public[chip.index()] = Some((l.public, seg.public_height(chip)));
        }
    }
    d
}

/// Writes `bytes` to a fresh file in the system temp directory.
pub fn temp_file(tag: &str, bytes: &[u8]) -> Result<PathBuf, OfficialError> {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let path =
        std::env::temp_dir().join(format!("valida-{tag}-{}-{nanos}-{n}", std::process::id()));
    std::fs::write(&path, bytes).map_err(|e| OfficialError::File(path.display().to_string(), e))?;
    Ok(path)
}

/// Real (unpadded) rows per chip, counted from the rows `prove
/// --show-main` logs (`CPU row 12: ...`); only chips that log rows.
/// Meaningful for a single-segment proof.
pub fn parse_logged_rows(text: &str) -> [Option<u64>; NUM_CHIPS] {
    let logged = [
        (Chip::Cpu, "CPU"),
        (Chip::Memory, "Memory"),
        (Chip::Add32, "Add32"),
        (Chip::Sub32, "Sub32"),
        (Chip::Mul32, "Mul32"),
        (Chip::Div32, "Div32"),
        (Chip::Shift32, "Shift32"),
        (Chip::Lt32, "Lt32"),
        (Chip::Com32, "Com32"),
        (Chip::Bitwise32, "Bitwise32"),
        (Chip::Output, "Output"),
        (Chip::Keccak, "Keccak"),
    ];
    let mut rows = [None; NUM_CHIPS];
    for (chip, _) in logged {
        rows[chip.index()] = Some(0);
    }
    for line in text.lines() {
        // The program's output shares stdout, so a row may not start the line.
        for (chip, name) in logged {
            let tag = format!("{name} row ");
            let Some(at) = line.find(&tag) else {
                continue;
            };
            let rest = &line[at + tag.len()..];
            let index: Option<u64> = rest.split(':').next().and_then(|n| n.parse().ok());
            if let Some(i) = index {
                let slot = &mut rows[chip.index()];
                *slot = Some(slot.unwrap_or(0).max(i + 1));
            }
        }
    }
    rows
}

/// The cost model against the official prover for one program run.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub model: super::CostReport,
    pub official: Vec<SegmentDimensions>,
    /// Real rows the prover logged (single-segment runs only).
    pub logged_rows: Option<[Option<u64>; NUM_CHIPS]>,
    /// Every disagreement, one line each (empty: exact match).
    pub mismatches: Vec<String>,
    pub prove_time: Duration,
}

/// Runs `program` (ELF file) with `input` (file) through the cost model and
/// through `prove --show-dimensions` (plus `--show-main` to read real rows
/// when the model predicts one segment), and lists every chip whose
/// height, width or real row count differs.
pub fn compare_with_official(
    official: &Official,
    program: &Path,
    input: &Path,
    max_segment_size: u32,
) -> Result<Comparison, CompareError> {
    let elf = std::fs::read(program)
        .map_err(|e| OfficialError::File(program.display().to_string(), e))?;
    let input_bytes =
        std::fs::read(input).map_err(|e| OfficialError::File(input.display().to_string(), e))?;
    let loaded = crate::load_elf(&elf).map_err(crate::Error::from)?;
    let mut machine = crate::Machine::new(loaded, &crate::RunOptions::default())?;
    let mut inp = input_bytes.as_slice();
    let mut out = Vec::new();
    let (_, model) = super::run_with_cost(
        &mut machine,
        &mut crate::Io::new(&mut inp, &mut out),
        max_segment_size,
    )?;
    if let Some(why) = &model.unprovable {
        return Err(CompareError::Unprovable(why.clone()));
    }
    let single = model.segments.len() == 1;
    let proof = temp_file("cost-proof", b"")?;
    let mut args: Vec<std::ffi::OsString> = vec!["prove".into(), "--show-dimensions".into()];
    if single {
        args.push("--show-main".into());
    }
    args.extend([
        "--max-segment-size".into(),
        max_segment_size.to_string().into(),
        program.into(),
        proof.clone().into(),
        input.into(),
    ]);
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    let started = Instant::now();
    let output = official.run(&refs);
    let prove_time = started.elapsed();
    let _ = std::fs::remove_file(&proof);
    let output = output?;
    let text = String::from_utf8_lossy(&output.stdout);
    let parsed = parse_dimensions(&text)?;
    let logged_rows = single.then(|| parse_logged_rows(&text));
    let mut mismatches = Vec::new();
    if parsed.len() != model.segments.len() {
        mismatches.push(format!(
            "segments: model {}, official {}",
            model.segments.len(),
            parsed.len()
        ));
    }
    for (n, (seg, off)) in model.segments.iter().zip(&parsed).enumerate() {
        let ours = model_dimensions(seg);
        for chip in Chip::ALL {
            let i = chip.index();
            for (what, a, b) in [
                ("main", ours.main[i], off.main[i]),
                ("permutation", ours.permutation[i], off.permutation[i]),
                ("public", ours.public[i], off.public[i]),
            ] {
                if a != b {
                    mismatches.push(format!(
                        "segment {n} {} {what} (columns, rows): model {a:?}, official {b:?}",
                        chip.short_name()
                    ));
                }
            }
            if let Some(Some(logged)) = logged_rows.map(|r| r[i]) {
                let real = seg.rows[i];
                if real != logged {
                    mismatches.push(format!(
                        "segment {n} {} real rows: model {real}, official {logged}",
                        chip.short_name()
                    ));
                }
            }
        }
    }
    Ok(Comparison {
        model,
        official: parsed,
        logged_rows,
        mismatches,
        prove_time,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(transparent)]
    Official(#[from] OfficialError),
    #[error(transparent)]
    Cost(#[from] super::CostError),
    #[error(transparent)]
    Vm(#[from] crate::Error),
    #[error("the official prover cannot prove this program: {0}")]
    Unprovable(String),
}
