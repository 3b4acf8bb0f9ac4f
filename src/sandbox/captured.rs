//! A program's stdout as grind received it: in memory while it is small, in an
//! unlinked temporary file beyond [`SPILL_BYTES`]. The checkers read it as a stream,
//! so a 200 MB output costs grind no more memory than a small one.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

/// Outputs up to this size stay in memory.
pub const SPILL_BYTES: usize = 8 << 20;

/// How much of a spilled output stays in memory for display.
pub const HEAD_BYTES: usize = 64 << 10;

#[derive(Debug, Clone, Default)]
pub struct Captured {
    /// The whole output, or its first [`HEAD_BYTES`] once spilled.
    memory: Vec<u8>,
    /// The whole output once it outgrew memory (no name: nothing else can open it).
    file: Option<Arc<File>>,
    len: u64,
    /// Some byte was not ASCII whitespace.
    printed_something: bool,
}

impl Captured {
    pub fn from_vec(bytes: Vec<u8>) -> Captured {
        Captured {
            len: bytes.len() as u64,
            printed_something: !bytes.iter().all(u8::is_ascii_whitespace),
            memory: bytes,
            file: None,
        }
    }

    /// Appends what the program printed next.
    pub fn push(&mut self, data: &[u8]) -> io::Result<()> {
        self.len += data.len() as u64;
        self.printed_something |= !data.iter().all(u8::is_ascii_whitespace);
        if let Some(file) = &self.file {
            return (&**file).write_all(data);
        }
        self.memory.extend_from_slice(data);
        if self.memory.len() > SPILL_BYTES {
            let mut file = tempfile::tempfile()?;
            file.write_all(&self.memory)?;
            self.memory.truncate(HEAD_BYTES);
            self.memory.shrink_to_fit();
            self.file = Some(Arc::new(file));
        }
        Ok(())
    }

    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Nothing but whitespace was printed.
    pub fn is_blank(&self) -> bool {
        !self.printed_something
    }

    /// The first bytes: the whole output when it is small, at least [`HEAD_BYTES`].
    pub fn head(&self) -> &[u8] {
        &self.memory
    }

    /// Reads the output from its start.
    pub fn reader(&self) -> Box<dyn BufRead + '_> {
        match &self.file {
            None => Box::new(self.memory.as_slice()),
            Some(file) => Box::new(BufReader::with_capacity(
                256 << 10,
                At {
                    file,
                    offset: 0,
                    end: self.len,
                },
            )),
        }
    }

    /// The whole output in memory (for what needs it whole: a function's JSON value).
    pub fn to_vec(&self) -> io::Result<Vec<u8>> {
        let mut all = Vec::with_capacity(self.len as usize);
        self.reader().read_to_end(&mut all)?;
        Ok(all)
    }

    /// Writes the whole output to `to`.
    pub fn copy_to(&self, to: &mut impl Write) -> io::Result<()> {
        io::copy(&mut self.reader(), to).map(|_| ())
    }
}

/// Reads a file from `offset` with positioned reads, so clones of one output can be
/// read independently.
struct At<'a> {
    file: &'a File,
    offset: u64,
    end: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let room = (self.end - self.offset).min(buf.len() as u64) as usize;
        let n = self.file.read_at(&mut buf[..room], self.offset)?;
        self.offset += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_output_spills_and_reads_back_whole() {
        let mut c = Captured::default();
        let chunk: Vec<u8> = (0..=255u8).cycle().take(1 << 20).collect();
        for _ in 0..10 {
            c.push(&chunk).unwrap();
        }
        assert_eq!(c.len(), 10 << 20);
        assert!(c.file.is_some() && c.head().len() == HEAD_BYTES);
        let all = c.to_vec().unwrap();
        assert_eq!(all.len(), 10 << 20);
        assert!(all.chunks(1 << 20).all(|part| part == chunk.as_slice()));
        assert_eq!(
            c.clone().to_vec().unwrap(),
            all,
            "clones read independently"
        );
    }

    #[test]
    fn blankness_is_tracked() {
        let mut c = Captured::default();
        c.push(b" \n\t").unwrap();
        assert!(c.is_blank() && !c.is_empty());
        c.push(b"x").unwrap();
        assert!(!c.is_blank());
    }
}
