//! The chips of the official Valida v1.0 prover, in the order it proves
//! them (`BasicMachine::get_chips`), with their trace widths. The widths
//! are the `size_of` of each chip's column struct in the prover, as
//! `prove --show-dimensions` prints them; docs/cost-model.md cites each.

/// One chip of the official prover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Chip {
    Cpu,
    Program,
    Memory,
    Add32,
    Sub32,
    Mul32,
    Div32,
    Shift32,
    Lt32,
    Com32,
    Bitwise32,
    Output,
    Bytes,
    StaticData,
    Keccak,
}

/// Number of chips.
pub const NUM_CHIPS: usize = 15;

/// The widths of one chip's traces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Name as `--show-dimensions` prints it.
    pub name: &'static str,
    /// Main trace columns (0: the chip has no main trace).
    pub main: u64,
    /// Preprocessed trace columns (0: none).
    pub preprocessed: u64,
    /// Permutation trace columns, in extension-field elements.
    pub permutation: u64,
    /// Public trace columns, and how its height is set.
    pub public: u64,
    pub public_rows: PublicRows,
}

/// How many rows a chip's public trace has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicRows {
    None,
    /// A fixed number (CPU: pc, fp, last-segment flag; Memory: segment number).
    Fixed(u64),
    /// As many as the chip's main height (program table, static data).
    Height,
    /// One per output byte, padded to a power of two.
    OutputBytes,
}

/// Degree of the extension field of the permutation traces (BabyBear
/// quintic extension): one extension cell commits to this many base cells.
pub const EXTENSION_DEGREE: u64 = 5;

/// Rows of the byte-operation lookup table (one per byte value).
pub const BYTES_TABLE_ROWS: u64 = 256;

/// The Mul32 chip's minimum height: its rows double as the range table of
/// its carries (`Mul32Chip::MIN_LENGTH`), so it never has fewer.
pub const MUL32_MIN_ROWS: u64 = 2048;

/// Keccak-f rows per permutation (one per round).
pub const KECCAK_ROWS_PER_OP: u64 = 24;

/// Default `--max-segment-size` of `valida-official prove`.
pub const DEFAULT_MAX_SEGMENT_SIZE: u32 = 1 << 20;

impl Chip {
    pub const ALL: [Chip; NUM_CHIPS] = [
        Chip::Cpu,
        Chip::Program,
        Chip::Memory,
        Chip::Add32,
        Chip::Sub32,
        Chip::Mul32,
        Chip::Div32,
        Chip::Shift32,
        Chip::Lt32,
        Chip::Com32,
        Chip::Bitwise32,
        Chip::Output,
        Chip::Bytes,
        Chip::StaticData,
        Chip::Keccak,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// Short name for tables (`cpu`, `mem`, `add32`, ...).
    pub fn short_name(self) -> &'static str {
        match self {
            Chip::Cpu => "cpu",
            Chip::Program => "program",
            Chip::Memory => "memory",
            Chip::Add32 => "add32",
            Chip::Sub32 => "sub32",
            Chip::Mul32 => "mul32",
            Chip::Div32 => "div32",
            Chip::Shift32 => "shift32",
            Chip::Lt32 => "lt32",
            Chip::Com32 => "com32",
            Chip::Bitwise32 => "bitwise32",
            Chip::Output => "output",
            Chip::Bytes => "bytes",
            Chip::StaticData => "static_data",
            Chip::Keccak => "keccak",
        }
    }

    pub fn layout(self) -> Layout {
        let l = |name, main, preprocessed, permutation, public, public_rows| Layout {
            name,
            main,
            preprocessed,
            permutation,
            public,
            public_rows,
        };
        use PublicRows::*;
        match self {
            Chip::Cpu => l("CPU", 61, 0, 7, 3, Fixed(1)),
            Chip::Program => l("LookupChip for Public Program Table", 1, 0, 1, 11, Height),
            Chip::Memory => l("Memory", 27, 0, 7, 1, Fixed(1)),
            Chip::Add32 => l("Add32", 16, 0, 3, 0, None),
            Chip::Sub32 => l("Sub32", 17, 0, 3, 0, None),
            Chip::Mul32 => l("Mul32", 27, 0, 10, 0, None),
            Chip::Div32 => l("Div32", 30, 0, 8, 0, None),
            Chip::Shift32 => l("Shift32", 35, 0, 5, 0, None),
            Chip::Lt32 => l("Lt32", 45, 0, 1, 0, None),
            Chip::Com32 => l("Com32", 14, 0, 1, 0, None),
            Chip::Bitwise32 => l("Bitwise32", 79, 0, 1, 0, None),
            Chip::Output => l("Output", 6, 0, 3, 1, OutputBytes),
            Chip::Bytes => l(
                "LookupChip for Single Byte Operation Table",
                20,
                33,
                11,
                0,
                None,
            ),
            Chip::StaticData => l("StaticData (Public)", 0, 0, 1, 6, Height),
            Chip::Keccak => l("Keccak", 2744, 0, 51, 0, None),
        }
    }
}

/// The prover's padding: the next power of two, and 1 for an empty trace
/// (`0usize.next_power_of_two() == 1`).
pub fn padded(rows: u64) -> u64 {
    rows.next_power_of_two()
}
