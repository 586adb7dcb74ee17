//! The program's byte streams: advice input (READ_ADVICE) and output (WRITE).

use std::io::{ErrorKind, Read, Write};

/// Value READ_ADVICE yields at end of input.
pub const END_OF_INPUT: u32 = 0xFFFF_FFFF;

/// Input and output of one run.
pub struct Io<'a> {
    input: &'a mut dyn Read,
    output: &'a mut dyn Write,
    /// Where `__valida_stderr_write` goes (docs/abi.md, "stderr"); `None`:
    /// the host's stderr.
    err: Option<&'a mut dyn Write>,
    host_err: std::io::Stderr,
    written: u64,
}

impl<'a> Io<'a> {
    /// Program stderr goes to the host's stderr.
    pub fn new(input: &'a mut dyn Read, output: &'a mut dyn Write) -> Io<'a> {
        Io {
            input,
            output,
            err: None,
            host_err: std::io::stderr(),
            written: 0,
        }
    }

    /// As [`Io::new`], with the program's stderr going to `err`.
    pub fn with_stderr(
        input: &'a mut dyn Read,
        output: &'a mut dyn Write,
        err: &'a mut dyn Write,
    ) -> Io<'a> {
        Io {
            err: Some(err),
            ..Io::new(input, output)
        }
    }

    /// The program's stderr stream.
    pub fn stderr(&mut self) -> &mut dyn Write {
        match &mut self.err {
            Some(e) => *e,
            None => &mut self.host_err,
        }
    }

    /// Next input byte zero-extended, or [`END_OF_INPUT`].
    pub fn read(&mut self) -> std::io::Result<u32> {
        let mut byte = [0u8; 1];
        loop {
            return match self.input.read(&mut byte) {
                Ok(0) => Ok(END_OF_INPUT),
                Ok(_) => Ok(u32::from(byte[0])),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => Err(e),
            };
        }
    }

    /// Writes one byte; a newline flushes, so a killed run loses at most
    /// the current line (the machine also flushes every chunk of steps).
    pub fn write(&mut self, byte: u8) -> std::io::Result<()> {
        self.written += 1;
        self.output.write_all(&[byte])?;
        if byte == b'\n' {
            self.output.flush()?;
        }
        Ok(())
    }

    /// Number of bytes the program wrote.
    pub fn written(&self) -> u64 {
        self.written
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.output.flush()
    }
}
