//! The pprof format (`go tool pprof`, speedscope, Pyroscope…): the
//! messages of pprof's `profile.proto` that a profile of instruction counts
//! needs, encoded with prost. Uncompressed: pprof reads both.

use std::collections::HashMap;

use prost::Message;

use super::Profile;
use super::output::Namer;
use crate::debuginfo::DebugInfo;
use crate::program::Program;

#[derive(Clone, PartialEq, Message)]
pub struct PprofProfile {
    #[prost(message, repeated, tag = "1")]
    pub sample_type: Vec<ValueType>,
    #[prost(message, repeated, tag = "2")]
    pub sample: Vec<Sample>,
    #[prost(message, repeated, tag = "4")]
    pub location: Vec<Location>,
    #[prost(message, repeated, tag = "5")]
    pub function: Vec<Function>,
    #[prost(string, repeated, tag = "6")]
    pub string_table: Vec<String>,
    #[prost(message, optional, tag = "11")]
    pub period_type: Option<ValueType>,
    #[prost(int64, tag = "12")]
    pub period: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct ValueType {
    /// Index into the string table.
    #[prost(int64, tag = "1")]
    pub r#type: i64,
    #[prost(int64, tag = "2")]
    pub unit: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Sample {
    /// Leaf first.
    #[prost(uint64, repeated, tag = "1")]
    pub location_id: Vec<u64>,
    #[prost(int64, repeated, tag = "2")]
    pub value: Vec<i64>,
}

#[derive(Clone, PartialEq, Message)]
pub struct Location {
    #[prost(uint64, tag = "1")]
    pub id: u64,
    #[prost(uint64, tag = "3")]
    pub address: u64,
    /// Innermost inlined function first.
    #[prost(message, repeated, tag = "4")]
    pub line: Vec<Line>,
}

#[derive(Clone, PartialEq, Message)]
pub struct Line {
    #[prost(uint64, tag = "1")]
    pub function_id: u64,
    #[prost(int64, tag = "2")]
    pub line: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Function {
    #[prost(uint64, tag = "1")]
    pub id: u64,
    #[prost(int64, tag = "2")]
    pub name: i64,
    #[prost(int64, tag = "3")]
    pub system_name: i64,
    #[prost(int64, tag = "4")]
    pub filename: i64,
}

#[derive(Default)]
struct Strings {
    table: Vec<String>,
    index: HashMap<String, i64>,
}

impl Strings {
    fn new() -> Strings {
        let mut s = Strings::default();
        s.get("");
        s
    }

    fn get(&mut self, s: &str) -> i64 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.table.len() as i64;
        self.table.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }
}

impl Profile {
    /// The profile as a pprof message: one sample per (call path, pc) with
    /// its instruction count; locations carry pcs and, with DWARF, source
    /// lines with inlined functions.
    pub fn pprof(&self, program: &Program, debug: Option<&DebugInfo>) -> PprofProfile {
        let mut namer = Namer::new(program, debug);
        let mut strings = Strings::new();
        let mut functions: Vec<Function> = Vec::new();
        let mut function_ids: HashMap<(String, String), u64> = HashMap::new();
        let mut locations: Vec<Location> = Vec::new();
        let mut location_ids: HashMap<u32, u64> = HashMap::new();
        let mut location_of = |pc: u32, namer: &mut Namer<'_>, strings: &mut Strings| -> u64 {
            if let Some(&id) = location_ids.get(&pc) {
                return id;
            }
            let mut lines = Vec::new();
            for f in namer.frames(pc) {
                let file = f.file.clone().unwrap_or_default();
                let key = (f.function.clone(), file.clone());
                let function_id = match function_ids.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = functions.len() as u64 + 1;
                        let name = strings.get(&f.function);
                        functions.push(Function {
                            id,
                            name,
                            system_name: name,
                            filename: strings.get(&file),
                        });
                        function_ids.insert(key, id);
                        id
                    }
                };
                lines.push(Line {
                    function_id,
                    line: i64::from(f.line.unwrap_or(0)),
                });
            }
            let id = locations.len() as u64 + 1;
            locations.push(Location {
                id,
                address: u64::from(pc),
                line: lines,
            });
            location_ids.insert(pc, id);
            id
        };
        let mut per_pc: Vec<((u32, u32), u64)> = self.per_pc().into_iter().collect();
        per_pc.sort();
        let mut samples = Vec::with_capacity(per_pc.len());
        for ((node, pc), count) in per_pc {
            let location_id = self
                .pcs_of(node, pc)
                .into_iter()
                .rev()
                .map(|at| location_of(at, &mut namer, &mut strings))
                .collect();
            samples.push(Sample {
                location_id,
                value: vec![count as i64],
            });
        }
        let instructions = strings.get("instructions");
        let count = strings.get("count");
        PprofProfile {
            sample_type: vec![ValueType {
                r#type: instructions,
                unit: count,
            }],
            sample: samples,
            location: locations,
            function: functions,
            string_table: strings.table,
            period_type: Some(ValueType {
                r#type: instructions,
                unit: count,
            }),
            period: 1,
        }
    }

    /// The encoded pprof protobuf.
    pub fn pprof_bytes(&self, program: &Program, debug: Option<&DebugInfo>) -> Vec<u8> {
        self.pprof(program, debug).encode_to_vec()
    }
}
