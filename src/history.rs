//! The history: every submission, its per-test results and its failing cases, and the
//! hints and solutions viewed, in an SQLite database under GRIND_HOME.
//!
//! WAL mode and a busy timeout let several grind processes write at once; each
//! submission is one transaction, so a killed grind never leaves half of one. The
//! schema is versioned (`PRAGMA user_version`) and marked as grind's own
//! (`PRAGMA application_id`), so a foreign or newer database is refused, never changed.

use crate::diff::Window;
use crate::error::{Error, Result};
use crate::judging::Report;
use crate::problem::Difficulty;
use crate::verdict::Verdict;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// How long a grind waits for another to finish setting the history up.
const SETUP_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// "grnd": marks the file as grind's.
const APPLICATION_ID: i32 = 0x6772_6e64;
/// Each failing case keeps at most this much of its input, answer and output.
pub const CASE_CAP: usize = 64 * 1024;

/// Schema migrations; entry N brings the database from version N to N + 1.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    day TEXT NOT NULL,
    problem TEXT NOT NULL,
    problem_dir TEXT NOT NULL,
    title TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    tags TEXT NOT NULL,
    language TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    score REAL NOT NULL,
    cpu_ms_max INTEGER NOT NULL,
    memory_kib_max INTEGER NOT NULL,
    compile_message TEXT NOT NULL,
    mock_id INTEGER
);
CREATE INDEX submissions_problem ON submissions(problem);
CREATE TABLE test_results (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    sample INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    cpu_ms INTEGER NOT NULL,
    wall_ms INTEGER NOT NULL,
    memory_kib INTEGER NOT NULL,
    exit_code INTEGER,
    signal TEXT,
    detail TEXT NOT NULL,
    PRIMARY KEY (submission_id, idx)
);
CREATE TABLE failed_cases (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    input BLOB NOT NULL,
    input_size INTEGER NOT NULL,
    expected BLOB,
    expected_size INTEGER NOT NULL,
    actual BLOB NOT NULL,
    actual_size INTEGER NOT NULL,
    stderr BLOB NOT NULL,
    PRIMARY KEY (submission_id, idx)
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    day TEXT NOT NULL,
    problem TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TABLE daily (
    day TEXT PRIMARY KEY,
    problem TEXT NOT NULL
);
CREATE TABLE mocks (
    id INTEGER PRIMARY KEY,
    preset TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    deadline_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    folder TEXT NOT NULL,
    language TEXT NOT NULL
);
CREATE TABLE mock_problems (
    mock_id INTEGER NOT NULL REFERENCES mocks(id),
    idx INTEGER NOT NULL,
    problem TEXT NOT NULL,
    problem_dir TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (mock_id, idx)
);
"#,
    // v2: what a function printed (function-signature problems), apart from its value.
    "ALTER TABLE failed_cases ADD COLUMN printed BLOB;",
    // v3: the lines around the first difference as the run showed them (JSON of a
    // `diff::Window`), so that review shows the same diff past the stored 64 KiB.
    "ALTER TABLE failed_cases ADD COLUMN diff_window TEXT;",
    // v4: an interactive run's exchange, bounded, as the run showed it.
    "ALTER TABLE failed_cases ADD COLUMN transcript TEXT;",
];

pub struct History {
    conn: Connection,
    path: PathBuf,
}

/// Today's date (local), or `$GRIND_TODAY` (YYYY-MM-DD) so tests can move the clock.
pub fn today() -> chrono::NaiveDate {
    std::env::var("GRIND_TODAY")
        .ok()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Milliseconds since the Unix epoch: mock deadlines are absolute instants.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn now_text() -> String {
    match std::env::var("GRIND_TODAY") {
        Ok(day) => format!("{day}T12:00:00Z"),
        Err(_) => chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

// Verdicts and difficulties are stored as their short text ("AC", "easy"), as they
// always were; a stored text that names neither is a conversion error, never a panic.

impl ToSql for Verdict {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Verdict {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

impl ToSql for Difficulty {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Difficulty {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

fn db_error(path: &Path, e: rusqlite::Error) -> Error {
    let code = e.sqlite_error_code();
    let text = e.to_string();
    if code == Some(rusqlite::ErrorCode::DatabaseBusy)
        || code == Some(rusqlite::ErrorCode::DatabaseLocked)
    {
        let holders = crate::fsutil::holders(path);
        let who = if holders.is_empty() {
            "another program".to_string()
        } else {
            holders.join(", ")
        };
        return Error::new(format!(
            "the history {} is locked by {who} (grind waited 10 s)",
            path.display()
        ))
        .help("let that program finish (or close it), then run the command again");
    }
    if code == Some(rusqlite::ErrorCode::DiskFull)
        || (code == Some(rusqlite::ErrorCode::SystemIoFailure) && crate::fsutil::is_full(path))
    {
        let fs = crate::fsutil::mount_point(path);
        return Error::new(format!(
            "no space left on {} (writing the history {})",
            fs.display(),
            path.display()
        ))
        .help("free some space there, or point GRIND_HOME at another disk");
    }
    if text.contains("not a database") || text.contains("malformed") {
        return Error::new(format!("{} is not a readable grind history ({text})", path.display()))
            .help("grind left it untouched; move it aside (or restore a backup) and grind will start a new one");
    }
    if text.contains("readonly") || text.contains("unable to open") || text.contains("read-only") {
        return Error::new(format!(
            "cannot write the history at {}: {text}",
            path.display()
        ))
        .help("make GRIND_HOME writable, or point GRIND_HOME at a folder you own");
    }
    Error::new(format!("history database {}: {text}", path.display()))
}

impl History {
    /// Opens (creating and migrating) the history in GRIND_HOME, for a command that
    /// writes: it takes the write lock once, so a history that cannot be written is
    /// reported before any judging.
    pub fn open() -> Result<History> {
        Self::open_at(&Self::ensure_home()?)
    }

    /// Opens the history for a command that only reads (`stats`, `list`, `review`,
    /// `mock status`): no write lock is taken, so these work while another program
    /// holds one. A history that does not exist yet or needs a migration is opened as
    /// for writing.
    pub fn open_read() -> Result<History> {
        let path = Self::ensure_home()?;
        if !path.is_file() || std::fs::metadata(&path).is_ok_and(|m| m.len() == 0) {
            return Self::open_at(&path);
        }
        let err = |e| db_error(&path, e);
        let conn = Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(err)?;
        if Self::schema_of(&path, &conn)? < MIGRATIONS.len() as i64 {
            drop(conn);
            return Self::open_at(&path);
        }
        Ok(History { conn, path })
    }

    fn ensure_home() -> Result<PathBuf> {
        let home = crate::paths::home();
        std::fs::create_dir_all(&home).map_err(|e| {
            Error::io("create the state folder", &home, e)
                .help("make GRIND_HOME writable, or point it at a folder you own")
        })?;
        Ok(home.join("history.db"))
    }

    pub fn open_at(path: &Path) -> Result<History> {
        let err = |e| db_error(path, e);
        if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
            // SQLite takes an empty file for a new database; say so, as it may be a
            // history lost to a full disk or a bad copy.
            crate::error::note(&format!(
                "{} was empty (0 bytes): starting a new history in it",
                path.display()
            ));
        }
        // Grinds starting at once set the history up one at a time (creation, WAL mode,
        // migrations), under a lock on its folder: SQLite's own locks can make one of
        // them give up while another creates the file.
        let _setup = path
            .parent()
            .and_then(|dir| crate::fsutil::lock_folder(dir, SETUP_PATIENCE));
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(err)?;
        let mut history = History {
            conn,
            path: path.to_path_buf(),
        };
        history.check_and_migrate()?;
        Ok(history)
    }

    /// The schema version of a grind history; refuses a foreign or newer database.
    fn schema_of(path: &Path, conn: &Connection) -> Result<i64> {
        let err = |e| db_error(path, e);
        let app: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(err)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(err)?;
        if app != APPLICATION_ID && tables > 0 {
            return Err(Error::new(format!(
                "{} is an SQLite database, but not a grind history",
                path.display()
            ))
            .help("grind left it untouched; move it aside, or set GRIND_HOME to another folder"));
        }
        if version > MIGRATIONS.len() as i64 {
            return Err(Error::new(format!(
                "the history {} was written by a newer grind (schema {version}; this grind knows {})",
                path.display(),
                MIGRATIONS.len()
            ))
            .help("update grind; the history was left untouched"));
        }
        Ok(version)
    }

    /// Checks the file is grind's and not newer, and migrates it, all under a write
    /// lock so that two grinds starting at once do not both migrate.
    fn check_and_migrate(&mut self) -> Result<()> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let version = History::schema_of(&path, &tx)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).map_err(err)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(err)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        |e| db_error(&self.path, e)
    }

    /// Records a judged submission with its results and failing cases, atomically.
    pub fn record(&mut self, sub: &NewSubmission, report: &Report) -> Result<i64> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "INSERT INTO submissions (created_at, created_ms, day, problem, problem_dir, title, difficulty, tags, language, source_name, source,
                verdict, passed, total, score, cpu_ms_max, memory_kib_max, compile_message, mock_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            params![
                now_text(),
                now_ms(),
                today().to_string(),
                sub.problem,
                sub.problem_dir,
                sub.title,
                sub.difficulty,
                sub.tags.join(","),
                report.language,
                sub.source_name,
                sub.source,
                report.summary.verdict,
                report.summary.passed as i64,
                report.summary.total as i64,
                report.summary.score,
                report.summary.cpu_ms_max as i64,
                report.summary.memory_kib_max as i64,
                report.compile.message,
                sub.mock_id,
            ],
        )
        .map_err(err)?;
        let id = tx.last_insert_rowid();
        for (i, t) in report.tests.iter().enumerate() {
            tx.execute(
                "INSERT INTO test_results VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    id,
                    i as i64,
                    t.name,
                    t.sample,
                    t.verdict,
                    t.cpu_ms as i64,
                    t.wall_ms as i64,
                    t.memory_kib as i64,
                    t.exit_code,
                    t.signal,
                    t.detail
                ],
            )
            .map_err(err)?;
            if !t.verdict.is_accepted() {
                let (input, input_size) = capped_file(&t.input);
                let (expected, expected_size) = match &t.answer {
                    Some(a) => {
                        let (b, n) = capped_file(a);
                        (Some(b), n)
                    }
                    None => (None, 0),
                };
                let window = t
                    .window
                    .as_ref()
                    .map(|w| serde_json::to_string(w).expect("a window serialises"));
                tx.execute(
                    "INSERT INTO failed_cases (submission_id, idx, input, input_size, expected, expected_size, actual, actual_size, stderr, printed, diff_window, transcript)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        id,
                        i as i64,
                        input,
                        input_size as i64,
                        expected,
                        expected_size as i64,
                        cap(&t.output),
                        t.output_bytes as i64,
                        cap(&t.stderr),
                        t.returned.then(|| cap(&t.printed)),
                        window,
                        t.transcript,
                    ],
                )
                .map_err(err)?;
            }
        }
        tx.commit().map_err(err)?;
        Ok(id)
    }

    pub fn record_event(&self, problem: &str, kind: &str, detail: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO events (created_at, day, problem, kind, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![now_text(), today().to_string(), problem, kind, detail],
            )
            .map_err(self.err())?;
        Ok(())
    }

    pub fn count_events(&self, problem: &str, kind: &str) -> Result<usize> {
        self.conn
            .query_row(
                "SELECT count(*) FROM events WHERE problem = ?1 AND kind = ?2",
                params![problem, kind],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(self.err())
    }

    /// Submissions, newest first, optionally only failed ones or one problem's.
    pub fn submissions(
        &self,
        failed_only: bool,
        problem: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Submission>> {
        let mut sql = String::from(
            "SELECT id, created_at, created_ms, day, problem, problem_dir, title, difficulty, tags, language, source_name, verdict, passed, total, score, cpu_ms_max, memory_kib_max, mock_id FROM submissions WHERE 1=1",
        );
        let mut args: Vec<&dyn ToSql> = Vec::new();
        if failed_only {
            args.push(&Verdict::AC);
            sql += &format!(" AND verdict != ?{}", args.len());
        }
        if let Some(p) = &problem {
            args.push(p);
            sql += &format!(" AND problem = ?{}", args.len());
        }
        sql += &format!(" ORDER BY id DESC LIMIT {limit}");
        let mut stmt = self.conn.prepare(&sql).map_err(self.err())?;
        let rows = stmt
            .query_map(args.as_slice(), Submission::from_row)
            .map_err(self.err())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())
    }

    /// The first accepted submission of `sub`'s problem after it: what fixed it.
    pub fn fixed_by(&self, sub: &Submission) -> Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT min(id) FROM submissions WHERE problem = ?1 AND verdict = ?2 AND id > ?3",
                params![sub.problem, Verdict::AC, sub.id],
                |r| r.get(0),
            )
            .map_err(self.err())
    }

    pub fn submission(&self, id: i64) -> Result<Option<Submission>> {
        self.conn
            .query_row(
                "SELECT id, created_at, created_ms, day, problem, problem_dir, title, difficulty, tags, language, source_name, verdict, passed, total, score, cpu_ms_max, memory_kib_max, mock_id FROM submissions WHERE id = ?1",
                params![id],
                Submission::from_row,
            )
            .optional()
            .map_err(self.err())
    }

    pub fn source_of(&self, id: i64) -> Result<String> {
        self.conn
            .query_row(
                "SELECT source FROM submissions WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .map_err(self.err())
    }

    pub fn tests_of(&self, id: i64) -> Result<Vec<StoredTest>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT t.idx, t.name, t.sample, t.verdict, t.cpu_ms, t.wall_ms, t.memory_kib, t.exit_code, t.signal, t.detail,
                        f.input, f.input_size, f.expected, f.expected_size, f.actual, f.actual_size, f.stderr, f.printed, f.diff_window, f.transcript
                 FROM test_results t LEFT JOIN failed_cases f ON f.submission_id = t.submission_id AND f.idx = t.idx
                 WHERE t.submission_id = ?1 ORDER BY t.idx",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map(params![id], |r| {
                Ok(StoredTest {
                    name: r.get(1)?,
                    sample: r.get(2)?,
                    verdict: r.get(3)?,
                    cpu_ms: r.get::<_, i64>(4)? as u64,
                    wall_ms: r.get::<_, i64>(5)? as u64,
                    memory_kib: r.get::<_, i64>(6)? as u64,
                    exit_code: r.get(7)?,
                    signal: r.get(8)?,
                    detail: r.get(9)?,
                    case: match r.get::<_, Option<Vec<u8>>>(10)? {
                        None => None,
                        Some(input) => Some(StoredCase {
                            input,
                            input_size: r.get::<_, i64>(11)? as usize,
                            expected: r.get(12)?,
                            expected_size: r.get::<_, i64>(13)? as usize,
                            actual: r.get(14)?,
                            actual_size: r.get::<_, i64>(15)? as usize,
                            stderr: r.get(16)?,
                            printed: r.get(17)?,
                            // A window this grind cannot read (hand-edited) is as none.
                            window: r
                                .get::<_, Option<String>>(18)?
                                .and_then(|w| serde_json::from_str(&w).ok()),
                            transcript: r.get(19)?,
                        }),
                    },
                })
            })
            .map_err(self.err())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())
    }

    /// Days with at least one submission, oldest first.
    pub fn practice_days(&self) -> Result<Vec<(String, usize)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT day, count(*) FROM submissions GROUP BY day ORDER BY day")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))
            .map_err(self.err())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())
    }

    /// Per problem: attempts, whether solved, solved cleanly (no solution viewed before),
    /// and the day of the last accepted submission.
    pub fn problem_stats(&self) -> Result<Vec<ProblemStat>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.problem, s.difficulty, s.tags, count(*),
                        max(s.verdict = ?1),
                        max(s.verdict = ?1 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.problem = s.problem AND e.kind = 'solution' AND e.created_at <= s.created_at)),
                        max(CASE WHEN s.verdict = ?1 THEN s.day END),
                        sum(s.verdict = ?1)
                 FROM submissions s GROUP BY s.problem",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map(params![Verdict::AC], |r| {
                Ok(ProblemStat {
                    problem: r.get(0)?,
                    difficulty: r.get(1)?,
                    tags: r
                        .get::<_, String>(2)?
                        .split(',')
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect(),
                    attempts: r.get::<_, i64>(3)? as usize,
                    solved: r.get::<_, i64>(4)? != 0,
                    clean: r.get::<_, Option<i64>>(5)?.unwrap_or(0) != 0,
                    last_solved: r.get(6)?,
                    accepted_count: r.get::<_, Option<i64>>(7)?.unwrap_or(0) as usize,
                })
            })
            .map_err(self.err())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())
    }

    pub fn daily_pick(&self, day: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT problem FROM daily WHERE day = ?1",
                params![day],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err())
    }

    pub fn set_daily_pick(&self, day: &str, problem: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT OR IGNORE INTO daily (day, problem) VALUES (?1, ?2)",
                params![day, problem],
            )
            .map_err(self.err())?;
        Ok(())
    }

    /// Starts a mock of `duration_ms`: its row and its problems, in one transaction.
    /// The clock starts when the row is written, not before (waiting for the
    /// database's lock takes nothing from the session).
    pub fn start_mock(
        &mut self,
        preset: &str,
        duration_ms: i64,
        folder: &str,
        language: &str,
        problems: &[(String, String, String)],
    ) -> Result<i64> {
        let path = self.path.clone();
        let err = |e| db_error(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let running: Option<i64> = tx
            .query_row(
                "SELECT id FROM mocks WHERE finished_ms IS NULL AND deadline_ms > ?1",
                params![now_ms()],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?;
        if let Some(id) = running {
            return Err(Error::new(format!("mock #{id} is still running"))
                .help("`grind mock status` shows it; `grind mock finish` ends it early"));
        }
        let started = now_ms();
        tx.execute(
            "INSERT INTO mocks (preset, started_ms, deadline_ms, folder, language) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![preset, started, started + duration_ms, folder, language],
        )
        .map_err(err)?;
        let id = tx.last_insert_rowid();
        for (i, (problem, dir, title)) in problems.iter().enumerate() {
            tx.execute(
                "INSERT INTO mock_problems VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, i as i64, problem, dir, title],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(id)
    }

    pub fn finish_mock(&self, id: i64) -> Result<()> {
        self.conn
            .execute("UPDATE mocks SET finished_ms = ?2 WHERE id = ?1 AND finished_ms IS NULL AND deadline_ms > ?2", params![id, now_ms()])
            .map_err(self.err())?;
        Ok(())
    }

    /// A mock by id, or the latest one.
    pub fn mock(&self, id: Option<i64>) -> Result<Option<Mock>> {
        let sql =
            "SELECT id, preset, started_ms, deadline_ms, finished_ms, folder, language FROM mocks";
        let row = |r: &rusqlite::Row| {
            Ok(Mock {
                id: r.get(0)?,
                preset: r.get(1)?,
                started_ms: r.get(2)?,
                deadline_ms: r.get(3)?,
                finished_ms: r.get(4)?,
                folder: r.get(5)?,
                language: r.get(6)?,
                problems: vec![],
            })
        };
        let mock = match id {
            Some(id) => self
                .conn
                .query_row(&format!("{sql} WHERE id = ?1"), params![id], row),
            None => self
                .conn
                .query_row(&format!("{sql} ORDER BY id DESC LIMIT 1"), [], row),
        }
        .optional()
        .map_err(self.err())?;
        let Some(mut mock) = mock else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare("SELECT problem, problem_dir, title FROM mock_problems WHERE mock_id = ?1 ORDER BY idx").map_err(self.err())?;
        mock.problems = stmt
            .query_map(params![mock.id], |r| {
                Ok(MockProblem {
                    id: r.get(0)?,
                    dir: r.get(1)?,
                    title: r.get(2)?,
                })
            })
            .map_err(self.err())?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err())?;
        Ok(Some(mock))
    }

    pub fn mocks(&self, limit: usize) -> Result<Vec<Mock>> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT id FROM mocks ORDER BY id DESC LIMIT {limit}"
            ))
            .map_err(self.err())?;
        let ids: Vec<i64> = stmt
            .query_map([], |r| r.get(0))
            .map_err(self.err())?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err())?;
        ids.into_iter()
            .filter_map(|id| self.mock(Some(id)).transpose())
            .collect()
    }

    /// The submissions of a mock, oldest first.
    pub fn mock_submissions(&self, mock_id: i64) -> Result<Vec<Submission>> {
        let mut subs: Vec<Submission> = self
            .submissions(false, None, usize::MAX >> 1)?
            .into_iter()
            .filter(|s| s.mock_id == Some(mock_id))
            .collect();
        subs.reverse();
        Ok(subs)
    }

    pub fn views(&self) -> Result<(usize, usize)> {
        let count = |kind: &str| -> Result<usize> {
            self.conn
                .query_row(
                    "SELECT count(*) FROM events WHERE kind = ?1",
                    params![kind],
                    |r| r.get::<_, i64>(0),
                )
                .map(|n| n as usize)
                .map_err(self.err())
        };
        Ok((count("hint")?, count("solution")?))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Mock {
    pub id: i64,
    pub preset: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub finished_ms: Option<i64>,
    pub folder: String,
    pub language: String,
    pub problems: Vec<MockProblem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MockProblem {
    pub id: String,
    pub dir: String,
    pub title: String,
}

impl Mock {
    /// When the mock ended or ends: the deadline, or an earlier `mock finish`.
    pub fn end_ms(&self) -> i64 {
        self.finished_ms
            .map_or(self.deadline_ms, |f| f.min(self.deadline_ms))
    }

    pub fn running(&self) -> bool {
        self.running_at(now_ms())
    }

    /// Whether the mock is running at the instant `now_ms`.
    pub fn running_at(&self, now_ms: i64) -> bool {
        self.finished_ms.is_none() && now_ms < self.deadline_ms
    }
}

/// What the caller knows about a submission beyond the report.
pub struct NewSubmission {
    pub problem: String,
    pub problem_dir: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub source_name: String,
    pub source: String,
    pub mock_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Submission {
    pub id: i64,
    pub created_at: String,
    pub created_ms: i64,
    pub day: String,
    pub problem: String,
    pub problem_dir: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub language: String,
    pub source_name: String,
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    pub score: f64,
    pub cpu_ms_max: u64,
    pub memory_kib_max: u64,
    pub mock_id: Option<i64>,
}

impl Submission {
    fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Submission> {
        Ok(Submission {
            id: r.get(0)?,
            created_at: r.get(1)?,
            created_ms: r.get(2)?,
            day: r.get(3)?,
            problem: r.get(4)?,
            problem_dir: r.get(5)?,
            title: r.get(6)?,
            difficulty: r.get(7)?,
            tags: r
                .get::<_, String>(8)?
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
            language: r.get(9)?,
            source_name: r.get(10)?,
            verdict: r.get(11)?,
            passed: r.get::<_, i64>(12)? as usize,
            total: r.get::<_, i64>(13)? as usize,
            score: r.get(14)?,
            cpu_ms_max: r.get::<_, i64>(15)? as u64,
            memory_kib_max: r.get::<_, i64>(16)? as u64,
            mock_id: r.get(17)?,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredTest {
    pub name: String,
    pub sample: bool,
    pub verdict: Verdict,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kib: u64,
    pub exit_code: Option<i32>,
    pub signal: Option<String>,
    pub detail: String,
    #[serde(skip)]
    pub case: Option<StoredCase>,
}

#[derive(Debug, Clone)]
pub struct StoredCase {
    pub input: Vec<u8>,
    pub input_size: usize,
    pub expected: Option<Vec<u8>>,
    pub expected_size: usize,
    pub actual: Vec<u8>,
    pub actual_size: usize,
    pub stderr: Vec<u8>,
    /// A function's own prints; `None` for a full program.
    pub printed: Option<Vec<u8>>,
    /// The first difference as the run showed it, for a built-in checker's WA.
    pub window: Option<Window>,
    /// An interactive run's exchange (`> ` sent, `< ` received).
    pub transcript: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ProblemStat {
    pub problem: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub attempts: usize,
    pub solved: bool,
    pub clean: bool,
    pub last_solved: Option<String>,
    pub accepted_count: usize,
}

fn cap(data: &[u8]) -> Vec<u8> {
    data[..data.len().min(CASE_CAP)].to_vec()
}

/// The first CASE_CAP bytes of a file and its true size.
fn capped_file(path: &Path) -> (Vec<u8>, usize) {
    use std::io::Read;
    let size = path.metadata().map_or(0, |m| m.len() as usize);
    let mut data = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(CASE_CAP as u64).read_to_end(&mut data);
    }
    (data, size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: FromSql>(text: &str) -> rusqlite::Result<T> {
        let conn = Connection::open_in_memory().unwrap();
        conn.query_row("SELECT ?1", params![text], |r| r.get(0))
    }

    #[test]
    fn verdicts_and_difficulties_are_stored_as_their_text() {
        let conn = Connection::open_in_memory().unwrap();
        let stored: (String, String) = conn
            .query_row(
                "SELECT ?1, ?2",
                params![Verdict::TLE, Difficulty::Medium],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(stored, ("TLE".to_string(), "medium".to_string()));
        for v in Verdict::ALL {
            assert_eq!(read::<Verdict>(v.as_str()).unwrap(), v);
        }
        for d in Difficulty::ALL {
            assert_eq!(read::<Difficulty>(d.as_str()).unwrap(), d);
        }
    }

    #[test]
    fn an_unknown_stored_value_is_a_clear_error() {
        let err = db_error(Path::new("h.db"), read::<Verdict>("OK").unwrap_err()).message;
        assert!(err.contains("unknown verdict `OK`"), "{err}");
        let err = db_error(
            Path::new("h.db"),
            read::<Difficulty>("extreme").unwrap_err(),
        )
        .message;
        assert!(err.contains("unknown difficulty `extreme`"), "{err}");
        let conn = Connection::open_in_memory().unwrap();
        let err = conn
            .query_row("SELECT 3", [], |r| r.get::<_, Verdict>(0))
            .unwrap_err();
        assert!(err.to_string().contains("Invalid column type"), "{err}");
    }
}
