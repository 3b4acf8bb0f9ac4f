// grind's Rust driver, the part before the candidate's code: the node types as on
// LeetCode, `struct Solution`, and reading/writing the canonical JSON encoding. grind
// appends `include!` of the candidate's file (so compiler messages point into it) and
// a main() generated from the problem's signature.

#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq, Clone)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

pub struct Solution;

#[allow(dead_code)]
mod grind_driver {
    use super::{ListNode, TreeNode};
    use std::cell::RefCell;
    use std::io::{Read, Write};
    use std::rc::Rc;

    static mut CURRENT: usize = 0;

    pub fn fail(what: &str) -> ! {
        // SAFETY: the driver is single-threaded.
        let line = unsafe { CURRENT } + 1;
        eprintln!("grind driver: line {line}: {what}");
        std::process::exit(3)
    }

    /// Reads the whole input: one JSON value per parameter, one per line.
    pub fn begin(params: usize) -> Vec<String> {
        let mut all = String::new();
        if std::io::stdin().read_to_string(&mut all).is_err() {
            fail("the input is not UTF-8");
        }
        let lines: Vec<String> = all.split('\n').take(params).map(str::to_string).collect();
        if lines.len() != params || lines.iter().any(|l| l.trim().is_empty()) {
            fail(&format!("expected {params} lines of input"));
        }
        lines
    }

    pub struct Reader<'a> {
        s: &'a [u8],
        p: usize,
    }

    impl Reader<'_> {
        fn ws(&mut self) {
            while self.p < self.s.len() && matches!(self.s[self.p], b' ' | b'\t' | b'\r') {
                self.p += 1;
            }
        }
        fn eat(&mut self, c: u8) -> bool {
            self.ws();
            if self.s.get(self.p) == Some(&c) {
                self.p += 1;
                true
            } else {
                false
            }
        }
        fn expect(&mut self, c: u8) {
            if !self.eat(c) {
                fail(&format!("expected '{}'", c as char));
            }
        }
        fn word(&mut self, w: &str) -> bool {
            self.ws();
            if self.s[self.p..].starts_with(w.as_bytes()) {
                self.p += w.len();
                true
            } else {
                false
            }
        }
        fn number(&mut self) -> &str {
            self.ws();
            let start = self.p;
            while self.p < self.s.len() && matches!(self.s[self.p], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                self.p += 1;
            }
            std::str::from_utf8(&self.s[start..self.p]).unwrap_or("")
        }
        fn hex4(&mut self) -> u32 {
            let text = std::str::from_utf8(self.s.get(self.p..self.p + 4).unwrap_or(b"")).unwrap_or("");
            self.p += 4;
            u32::from_str_radix(text, 16).unwrap_or_else(|_| fail("bad \\u escape"))
        }
    }

    pub trait Json: Sized {
        fn get(r: &mut Reader) -> Self;
        fn put(&self, out: &mut String);
    }

    impl Json for i64 {
        fn get(r: &mut Reader) -> Self {
            r.number().parse().unwrap_or_else(|_| fail("expected a 64-bit integer"))
        }
        fn put(&self, out: &mut String) {
            out.push_str(&self.to_string());
        }
    }
    impl Json for i32 {
        fn get(r: &mut Reader) -> Self {
            r.number().parse().unwrap_or_else(|_| fail("expected a 32-bit integer"))
        }
        fn put(&self, out: &mut String) {
            out.push_str(&self.to_string());
        }
    }
    impl Json for f64 {
        fn get(r: &mut Reader) -> Self {
            r.number().parse().unwrap_or_else(|_| fail("expected a number"))
        }
        fn put(&self, out: &mut String) {
            // Display is the shortest spelling that reads back as the same f64.
            out.push_str(&self.to_string());
        }
    }
    impl Json for bool {
        fn get(r: &mut Reader) -> Self {
            if r.word("true") {
                true
            } else if r.word("false") {
                false
            } else {
                fail("expected true or false")
            }
        }
        fn put(&self, out: &mut String) {
            out.push_str(if *self { "true" } else { "false" });
        }
    }
    impl Json for String {
        fn get(r: &mut Reader) -> Self {
            r.expect(b'"');
            let mut bytes = Vec::new();
            while r.p < r.s.len() && r.s[r.p] != b'"' {
                let c = r.s[r.p];
                r.p += 1;
                if c != b'\\' {
                    bytes.push(c);
                    continue;
                }
                let e = *r.s.get(r.p).unwrap_or_else(|| fail("bad escape"));
                r.p += 1;
                let ch = match e {
                    b'n' => '\n',
                    b't' => '\t',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'u' => {
                        let mut cp = r.hex4();
                        if (0xD800..0xDC00).contains(&cp) && r.s[r.p..].starts_with(b"\\u") {
                            r.p += 2;
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (r.hex4().wrapping_sub(0xDC00));
                        }
                        char::from_u32(cp).unwrap_or('\u{fffd}')
                    }
                    other => other as char,
                };
                let mut buf = [0; 4];
                bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            r.expect(b'"');
            String::from_utf8(bytes).unwrap_or_else(|_| fail("the string is not UTF-8"))
        }
        fn put(&self, out: &mut String) {
            out.push('"');
            for c in self.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    '\r' => out.push_str("\\r"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
    }
    impl Json for char {
        fn get(r: &mut Reader) -> Self {
            let s = String::get(r);
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => fail("expected one character"),
            }
        }
        fn put(&self, out: &mut String) {
            self.to_string().put(out);
        }
    }
    impl<T: Json> Json for Vec<T> {
        fn get(r: &mut Reader) -> Self {
            r.expect(b'[');
            let mut v = Vec::new();
            if r.eat(b']') {
                return v;
            }
            loop {
                v.push(T::get(r));
                if !r.eat(b',') {
                    break;
                }
            }
            r.expect(b']');
            v
        }
        fn put(&self, out: &mut String) {
            out.push('[');
            for (i, x) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                x.put(out);
            }
            out.push(']');
        }
    }
    impl Json for Option<Box<ListNode>> {
        fn get(r: &mut Reader) -> Self {
            let vals = Vec::<i32>::get(r);
            let mut head = None;
            for &val in vals.iter().rev() {
                head = Some(Box::new(ListNode { val, next: head }));
            }
            head
        }
        fn put(&self, out: &mut String) {
            out.push('[');
            let mut node = self.as_deref();
            let mut first = true;
            while let Some(n) = node {
                if !first {
                    out.push(',');
                }
                first = false;
                n.val.put(out);
                node = n.next.as_deref();
            }
            out.push(']');
        }
    }
    type Tree = Option<Rc<RefCell<TreeNode>>>;
    impl Json for Tree {
        fn get(r: &mut Reader) -> Self {
            r.expect(b'[');
            let mut nodes: Vec<Tree> = Vec::new();
            if !r.eat(b']') {
                loop {
                    if r.word("null") {
                        nodes.push(None);
                    } else {
                        nodes.push(Some(Rc::new(RefCell::new(TreeNode::new(i32::get(r))))));
                    }
                    if !r.eat(b',') {
                        break;
                    }
                }
                r.expect(b']');
            }
            // Level order: each present node takes the next two slots as its children.
            let mut slot = 1;
            for i in 0..nodes.len() {
                if slot >= nodes.len() {
                    break;
                }
                if let Some(node) = &nodes[i] {
                    let mut n = node.borrow_mut();
                    n.left = nodes[slot].clone();
                    slot += 1;
                    if slot < nodes.len() {
                        n.right = nodes[slot].clone();
                        slot += 1;
                    }
                }
            }
            nodes.into_iter().next().flatten()
        }
        fn put(&self, out: &mut String) {
            let mut order: Vec<Tree> = Vec::new();
            if self.is_some() {
                order.push(self.clone());
            }
            let mut i = 0;
            while i < order.len() {
                if let Some(node) = order[i].clone() {
                    if order.len() > 20_000_000 {
                        fail("the returned tree has a cycle");
                    }
                    let n = node.borrow();
                    order.push(n.left.clone());
                    order.push(n.right.clone());
                }
                i += 1;
            }
            while matches!(order.last(), Some(None)) {
                order.pop();
            }
            out.push('[');
            for (i, node) in order.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match node {
                    Some(n) => n.borrow().val.put(out),
                    None => out.push_str("null"),
                }
            }
            out.push(']');
        }
    }

    pub fn read<T: Json>(lines: &[String], i: usize) -> T {
        // SAFETY: the driver is single-threaded.
        unsafe { CURRENT = i };
        let mut r = Reader { s: lines[i].as_bytes(), p: 0 };
        let v = T::get(&mut r);
        r.ws();
        if r.p != r.s.len() {
            fail("unexpected text after the value");
        }
        v
    }

    /// Design problems: line 2 holds one array of arguments per operation, read in turn.
    pub struct Calls<'a> {
        r: Reader<'a>,
        made: usize,
        read: usize,
    }

    impl<'a> Calls<'a> {
        pub fn new(lines: &'a [String]) -> Calls<'a> {
            // SAFETY: the driver is single-threaded.
            unsafe { CURRENT = 1 };
            let mut r = Reader { s: lines[1].as_bytes(), p: 0 };
            r.expect(b'[');
            Calls { r, made: 0, read: 0 }
        }
        pub fn call(&mut self) {
            if self.made > 0 {
                self.r.expect(b',');
            }
            self.made += 1;
            self.r.expect(b'[');
            self.read = 0;
        }
        pub fn arg<T: Json>(&mut self) -> T {
            if self.read > 0 {
                self.r.expect(b',');
            }
            self.read += 1;
            T::get(&mut self.r)
        }
        pub fn done(&mut self) {
            self.r.expect(b']');
        }
        pub fn end(&mut self) {
            self.r.expect(b']');
            self.r.ws();
            if self.r.p != self.r.s.len() {
                fail("unexpected text after the value");
            }
        }
    }

    /// The result goes to descriptor 3, which grind opens; the candidate's own prints
    /// go to stdout and are shown apart. Without descriptor 3 (run by hand), to stdout.
    pub fn put<T: Json>(value: &T) {
        let mut out = String::new();
        value.put(&mut out);
        write(out);
    }

    /// Writes a result already encoded (a design problem's list of results).
    pub fn write(mut out: String) {
        out.push('\n');
        let _ = std::io::stdout().flush();
        #[cfg(unix)]
        {
            use std::os::fd::FromRawFd;
            // SAFETY: descriptor 3 is grind's result file when open; if it is not, the
            // write fails and the result goes to stdout.
            let mut file = unsafe { std::fs::File::from_raw_fd(3) };
            let written = file.write_all(out.as_bytes()).is_ok();
            std::mem::forget(file);
            if written {
                return;
            }
        }
        let _ = std::io::stdout().write_all(out.as_bytes());
    }
}
