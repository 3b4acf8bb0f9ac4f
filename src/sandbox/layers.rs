//! The containment layers applied in the child between fork and exec: session, death
//! signal, resource limits, Landlock and seccomp. Everything is prepared in the helper
//! before `fork`; the child only makes system calls.
//!
//! The run step's seccomp program is the stricter one: no new processes, no sockets,
//! no metadata changes (chmod/chown/utime/xattr families), no IPC objects (memfd,
//! System V, POSIX queues), no `fallocate`, and signals only to the program itself, by
//! its pid patched into the filter after fork, so that this holds without Landlock's
//! signal scoping. Both steps keep the death signal (`PR_SET_PDEATHSIG` is refused) and
//! may change scheduling and I/O priority of the caller only.

use super::{Request, Step};
use serde::{Deserialize, Serialize};

/// What the probe at helper start-up found working.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Layers {
    /// The kernel's Landlock ABI, when Landlock is enabled and a restricted spawn worked.
    pub landlock_abi: Option<i32>,
    /// Why Landlock is off, when it is.
    pub landlock_note: Option<String>,
    pub seccomp: bool,
    pub seccomp_note: Option<String>,
    /// Why the tests' folders cannot be hidden from the run (no user namespaces), when
    /// they cannot; asked for by `grind doctor` only.
    #[serde(default)]
    pub views_note: Option<String>,
}

impl Layers {
    /// One line for `grind doctor` and `--verbose`, e.g.
    /// "process group, rlimits, landlock ABI 7 (fs, tcp, signals), seccomp".
    pub fn summary(&self) -> String {
        let mut parts = vec![
            "own session and process group".to_string(),
            "rlimits".to_string(),
        ];
        match (self.landlock_abi, &self.landlock_note) {
            (Some(abi), _) => {
                let mut scope = vec!["fs"];
                if abi >= 4 {
                    scope.push("tcp");
                }
                if abi >= 6 {
                    scope.push("signals");
                    scope.push("abstract unix sockets");
                }
                parts.push(format!("landlock ABI {abi} ({})", scope.join(", ")));
            }
            (None, Some(note)) => parts.push(format!("no landlock ({note})")),
            (None, None) => parts.push("no landlock".into()),
        }
        match (self.seccomp, &self.seccomp_note) {
            (true, _) => parts.push("seccomp".into()),
            (false, Some(note)) => parts.push(format!("no seccomp ({note})")),
            (false, None) => parts.push("no seccomp".into()),
        }
        match &self.views_note {
            None => parts.push("tests' folders hidden (mount namespace)".into()),
            Some(note) => parts.push(format!("tests' folders not hidden ({note})")),
        }
        parts.join(", ")
    }
}

#[cfg(target_os = "linux")]
pub use linux::*;
#[cfg(not(target_os = "linux"))]
pub use other::*;

/// Elsewhere (macOS) only the session, the process group and the rlimits apply.
#[cfg(not(target_os = "linux"))]
mod other {
    use super::*;

    pub struct Ruleset;
    pub type Filter = ();

    pub struct Filters;

    impl Filters {
        pub fn for_step(&self, _step: Step) -> &[Filter] {
            &[]
        }
    }

    pub fn build_filters() -> Result<Filters, String> {
        Err("not Linux".into())
    }

    pub fn ruleset(_request: &Request) -> Result<Ruleset, String> {
        Err("not Linux".into())
    }

    pub fn restrict(_ruleset: Option<&Ruleset>, _filters: &mut [Filter]) -> Result<(), String> {
        Ok(())
    }

    pub fn die_with_parent() {}

    pub fn die_with_parent_by(_signal: i32) {}

    pub fn cloexec_from(first: i32) {
        for fd in first..1024 {
            // SAFETY: setting a flag on a descriptor that may not exist (EBADF).
            unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
        }
    }

    pub fn become_subreaper() {}

    pub fn pidfd(_pid: libc::pid_t) -> Option<std::os::fd::OwnedFd> {
        None
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use super::*;
    use std::path::PathBuf;

    /// System folders every program may read and execute.
    const SYSTEM_READ: &[&str] = &[
        "/usr",
        "/lib",
        "/lib64",
        "/lib32",
        "/bin",
        "/sbin",
        "/etc",
        "/opt",
        "/dev/null",
        "/dev/zero",
        "/dev/urandom",
        "/dev/random",
        "/dev/full",
        "/proc/meminfo",
        "/proc/cpuinfo",
        "/proc/stat",
        "/proc/filesystems",
        "/sys/devices/system/cpu",
        "/sys/fs/cgroup",
    ];

    use landlock::{
        ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, RulesetAttr, RulesetCreated,
        RulesetCreatedAttr, Scope, path_beneath_rules,
    };
    use seccompiler::{
        BpfProgram, SeccompAction, SeccompCmpArgLen as Len, SeccompCmpOp as Op,
        SeccompCondition as Cond, SeccompFilter, SeccompRule,
    };
    use std::collections::BTreeMap;

    pub type Ruleset = RulesetCreated;
    pub type Filter = BpfProgram;

    /// The child dies with its parent (the helper, or grind for the helper).
    pub fn die_with_parent() {
        die_with_parent_by(libc::SIGKILL);
    }

    /// As `die_with_parent`, by `signal`.
    pub fn die_with_parent_by(signal: i32) {
        // SAFETY: a plain prctl on the calling process.
        unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, signal) };
    }

    /// Marks every descriptor from `first` up close-on-exec. No allocation: it runs
    /// between fork and exec.
    pub fn cloexec_from(first: i32) {
        // SAFETY: close_range only changes flags of our own descriptors.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_close_range,
                first as libc::c_uint,
                libc::c_uint::MAX,
                libc::CLOSE_RANGE_CLOEXEC,
            )
        };
        if rc != 0 {
            // Before Linux 5.11: every descriptor the open-files limit allows.
            // SAFETY: sysconf and fcntl on possibly closed descriptors (EBADF) are fine.
            let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(1024, 1 << 20) as i32;
            for fd in first..max {
                // SAFETY: as above.
                unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
            }
        }
    }

    /// Orphans of a solution are reparented to us, so we can reap and kill them.
    pub fn become_subreaper() {
        // SAFETY: a plain prctl on the calling process.
        unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1) };
    }

    /// A descriptor that becomes readable when `pid` exits, without reaping it.
    pub fn pidfd(pid: libc::pid_t) -> Option<std::os::fd::OwnedFd> {
        use std::os::fd::FromRawFd;
        // SAFETY: pidfd_open on our own unreaped child; a negative result means no pidfd.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
        // SAFETY: a non-negative result is a fresh descriptor we own.
        (fd >= 0).then(|| unsafe { std::os::fd::OwnedFd::from_raw_fd(fd as i32) })
    }

    /// Seccomp programs, compiled once per helper.
    pub struct Filters {
        compile: Vec<BpfProgram>,
        run: Vec<BpfProgram>,
    }

    impl Filters {
        pub fn for_step(&self, step: Step) -> &[BpfProgram] {
            match step {
                Step::Compile => &self.compile,
                Step::Run => &self.run,
            }
        }
    }

    pub fn build_filters() -> Result<Filters, String> {
        Ok(Filters {
            compile: vec![with_enosys_prefix(deny_filter(false)?)?],
            run: vec![with_enosys_prefix(deny_filter(true)?)?],
        })
    }

    fn arch() -> Result<seccompiler::TargetArch, String> {
        std::env::consts::ARCH
            .try_into()
            .map_err(|e| format!("{e}"))
    }

    fn rule(conds: Vec<Cond>) -> Result<SeccompRule, String> {
        SeccompRule::new(conds).map_err(|e| e.to_string())
    }

    fn cond(arg: u8, len: Len, op: Op, value: u64) -> Result<Cond, String> {
        Cond::new(arg, len, op, value).map_err(|e| e.to_string())
    }

    /// The EPERM deny-list of docs/sandbox.md §3.5. `single` (the run step) also forbids new
    /// processes (threads stay allowed), which turns fork bombs into plain TLEs and makes
    /// per-process memory accounting complete, and everything that reaches outside the
    /// box without a path Landlock could check: sockets of any kind, metadata changes,
    /// IPC objects, disk reservations and signals to other processes.
    fn deny_filter(single: bool) -> Result<BpfProgram, String> {
        fn deny(rules: &mut BTreeMap<i64, Vec<SeccompRule>>, calls: &[i64]) {
            for &nr in calls {
                rules.insert(nr, vec![]);
            }
        }
        let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
        deny(
            &mut rules,
            &[
                libc::SYS_setsid,
                libc::SYS_setpgid,
                libc::SYS_ptrace,
                libc::SYS_process_vm_readv,
                libc::SYS_process_vm_writev,
                libc::SYS_process_madvise,
                libc::SYS_pidfd_getfd,
                libc::SYS_unshare,
                libc::SYS_setns,
                libc::SYS_mount,
                libc::SYS_umount2,
                libc::SYS_pivot_root,
                libc::SYS_chroot,
                libc::SYS_keyctl,
                libc::SYS_add_key,
                libc::SYS_request_key,
                libc::SYS_bpf,
                libc::SYS_perf_event_open,
                libc::SYS_userfaultfd,
                libc::SYS_fanotify_init,
                libc::SYS_open_by_handle_at,
                libc::SYS_migrate_pages,
                // System V and POSIX IPC objects outlive the processes that made them.
                libc::SYS_shmget,
                libc::SYS_shmat,
                libc::SYS_shmctl,
                libc::SYS_msgget,
                libc::SYS_msgsnd,
                libc::SYS_msgrcv,
                libc::SYS_msgctl,
                libc::SYS_semget,
                libc::SYS_semop,
                libc::SYS_semtimedop,
                libc::SYS_semctl,
                libc::SYS_mq_open,
                libc::SYS_mq_unlink,
                libc::SYS_mq_timedsend,
                libc::SYS_mq_timedreceive,
                libc::SYS_mq_notify,
                libc::SYS_mq_getsetattr,
            ],
        );
        // A Unix socket can connect to any socket file whose path it can name (Landlock
        // does not check connect), e.g. ssh-agent, the session bus or Docker; a
        // socketpair's datagram end can `sendto` such a path too. No program, compiler
        // or solution, may address one (glibc's lookups fall back to files when nscd's
        // connect fails); unaddressed sends on a socketpair stay allowed.
        deny(
            &mut rules,
            &[libc::SYS_connect, libc::SYS_sendmsg, libc::SYS_sendmmsg],
        );
        rules.insert(
            libc::SYS_sendto,
            vec![rule(vec![cond(4, Len::Qword, Op::Ne, 0)?])?],
        );
        if single {
            // No sockets at all in the run step.
            deny(&mut rules, &[libc::SYS_socket, libc::SYS_socketpair]);
        } else {
            // Compilers: only Unix sockets (Landlock covers TCP only; UDP and raw need this).
            let unix = libc::AF_UNIX as u64;
            for nr in [libc::SYS_socket, libc::SYS_socketpair] {
                rules.insert(nr, vec![rule(vec![cond(0, Len::Dword, Op::Ne, unix)?])?]);
            }
        }
        rules.insert(
            libc::SYS_prlimit64,
            vec![rule(vec![cond(0, Len::Dword, Op::Ne, 0)?])?],
        );
        // The death signal set before exec stays: clearing it let a run outlive grind.
        rules.insert(
            libc::SYS_prctl,
            vec![rule(vec![cond(
                0,
                Len::Dword,
                Op::Eq,
                libc::PR_SET_PDEATHSIG as u64,
            )?])?],
        );
        // Scheduling and I/O priority of the caller only (who = 0): never of grind, its
        // helper or any other process, and never of a whole group or user.
        rules.insert(
            libc::SYS_setpriority,
            vec![
                rule(vec![cond(
                    0,
                    Len::Dword,
                    Op::Ne,
                    libc::PRIO_PROCESS as u64,
                )?])?,
                rule(vec![cond(1, Len::Dword, Op::Ne, 0)?])?,
            ],
        );
        const IOPRIO_WHO_PROCESS: u64 = 1;
        rules.insert(
            libc::SYS_ioprio_set,
            vec![
                rule(vec![cond(0, Len::Dword, Op::Ne, IOPRIO_WHO_PROCESS)?])?,
                rule(vec![cond(1, Len::Dword, Op::Ne, 0)?])?,
            ],
        );
        for nr in [
            libc::SYS_sched_setscheduler,
            libc::SYS_sched_setparam,
            libc::SYS_sched_setaffinity,
            libc::SYS_sched_setattr,
            libc::SYS_move_pages,
        ] {
            rules.insert(nr, vec![rule(vec![cond(0, Len::Dword, Op::Ne, 0)?])?]);
        }
        // ioctls: TIOCSTI pushes input into a terminal; the inode-flag and fsxattr
        // setters change a file's attributes through a read-only descriptor.
        let mut ioctls: Vec<u64> = vec![libc::TIOCSTI];
        for request in [FS_IOC_SETFLAGS, FS_IOC_SETVERSION, FS_IOC_FSSETXATTR] {
            ioctls.push(u64::from(request));
        }
        rules.insert(
            libc::SYS_ioctl,
            ioctls
                .into_iter()
                .map(|r| rule(vec![cond(1, Len::Dword, Op::Eq, r)?]))
                .collect::<Result<_, _>>()?,
        );
        let newuser = libc::CLONE_NEWUSER as u64;
        let mut clone_rules = vec![rule(vec![cond(
            0,
            Len::Qword,
            Op::MaskedEq(newuser),
            newuser,
        )?])?];
        if single {
            let thread = libc::CLONE_THREAD as u64;
            clone_rules.push(rule(vec![cond(0, Len::Qword, Op::MaskedEq(thread), 0)?])?);
            deny(&mut rules, &[libc::SYS_fork, libc::SYS_vfork]);
            deny(&mut rules, RUN_DENIED);
            // Signals only to itself, by pid, whatever Landlock can scope: the child's
            // pid is written over PID_SENTINEL after fork (`pin_pid`). kill(0) is its
            // own group, which holds only itself in the run step.
            let own = PID_SENTINEL as u32 as u64;
            let own_group = (-PID_SENTINEL) as u32 as u64;
            rules.insert(
                libc::SYS_kill,
                vec![rule(vec![
                    cond(0, Len::Dword, Op::Ne, 0)?,
                    cond(0, Len::Dword, Op::Ne, own)?,
                    cond(0, Len::Dword, Op::Ne, own_group)?,
                ])?],
            );
            // tgkill/rt_tgsigqueueinfo name the thread group first; tkill and
            // rt_sigqueueinfo only one id, which must then be the main thread.
            for nr in [
                libc::SYS_tgkill,
                libc::SYS_tkill,
                libc::SYS_rt_sigqueueinfo,
                libc::SYS_rt_tgsigqueueinfo,
            ] {
                rules.insert(nr, vec![rule(vec![cond(0, Len::Dword, Op::Ne, own)?])?]);
            }
        } else {
            // kill(-1, …) signals every process of the user.
            rules.insert(
                libc::SYS_kill,
                vec![rule(vec![cond(0, Len::Dword, Op::Eq, u32::MAX as u64)?])?],
            );
        }
        rules.insert(libc::SYS_clone, clone_rules);
        compile(rules, SeccompAction::Errno(libc::EPERM as u32))
    }

    const FS_IOC_SETFLAGS: u32 = 0x4008_6602;
    const FS_IOC_SETVERSION: u32 = 0x4008_7602;
    const FS_IOC_FSSETXATTR: u32 = 0x401c_5820;

    /// Denied outright in the run step. Metadata changes: Landlock has no right for
    /// them, so a program could chmod, chown, touch or tag any file of the user it can
    /// name (`~/.ssh`, a cached build, the answer) or reach by descriptor. IPC and disk:
    /// a memfd is memory outside the RSS count, `fallocate(FALLOC_FL_KEEP_SIZE)` reserves
    /// disk at file size 0, past RLIMIT_FSIZE. Signals by descriptor (pidfd) cannot be
    /// pinned to the caller, so they go too.
    const RUN_DENIED: &[i64] = &[
        libc::SYS_chmod,
        libc::SYS_fchmod,
        libc::SYS_fchmodat,
        libc::SYS_fchmodat2,
        libc::SYS_chown,
        libc::SYS_fchown,
        libc::SYS_lchown,
        libc::SYS_fchownat,
        libc::SYS_utime,
        libc::SYS_utimes,
        libc::SYS_futimesat,
        libc::SYS_utimensat,
        libc::SYS_setxattr,
        libc::SYS_lsetxattr,
        libc::SYS_fsetxattr,
        libc::SYS_removexattr,
        libc::SYS_lremovexattr,
        libc::SYS_fremovexattr,
        SYS_SETXATTRAT,
        SYS_REMOVEXATTRAT,
        libc::SYS_memfd_create,
        libc::SYS_memfd_secret,
        libc::SYS_fallocate,
        libc::SYS_pidfd_send_signal,
    ];

    /// Linux 6.13's path-and-descriptor xattr calls (not yet in libc); the same number
    /// on every architecture of the generic table.
    const SYS_SETXATTRAT: i64 = 463;
    const SYS_REMOVEXATTRAT: i64 = 466;

    /// `clone3` hides its flags behind a pointer: ENOSYS makes glibc fall back to `clone`,
    /// which the deny-list can inspect. io_uring can open sockets behind seccomp's back.
    const ENOSYS_CALLS: [i64; 4] = [
        libc::SYS_clone3,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
    ];

    /// Puts the ENOSYS rules in front of the EPERM program, so one filter does both:
    /// seccompiler has one match action per filter, and every extra filter costs the
    /// kernel time at each spawn (docs/sandbox.md §6).
    fn with_enosys_prefix(rest: BpfProgram) -> Result<BpfProgram, String> {
        use seccompiler::sock_filter;
        let audit_arch: u32 = match std::env::consts::ARCH {
            "x86_64" => 0xC000_003E,
            "aarch64" => 0xC000_00B7,
            "riscv64" => 0xC000_00F3,
            other => return Err(format!("no seccomp support for {other}")),
        };
        let (ld, jeq, ja, ret) = (
            (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16,
            (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16,
            (libc::BPF_JMP | libc::BPF_JA) as u16,
            (libc::BPF_RET | libc::BPF_K) as u16,
        );
        let ins = |code, jt, jf, k| sock_filter { code, jt, jf, k };
        let n = ENOSYS_CALLS.len() as u8;
        // seccomp_data: nr at offset 0, arch at offset 4. Another arch skips the prefix
        // (the rest of the program rejects it).
        let mut p = vec![
            ins(ld, 0, 0, 4),
            ins(jeq, 0, n + 3, audit_arch),
            ins(ld, 0, 0, 0),
        ];
        for (i, nr) in ENOSYS_CALLS.iter().enumerate() {
            p.push(ins(jeq, n - i as u8, 0, *nr as u32));
        }
        p.push(ins(ja, 0, 0, 1));
        p.push(ins(
            ret,
            0,
            0,
            libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32,
        ));
        p.extend(rest);
        Ok(p)
    }

    fn compile(
        rules: BTreeMap<i64, Vec<SeccompRule>>,
        action: SeccompAction,
    ) -> Result<BpfProgram, String> {
        let filter = SeccompFilter::new(rules, SeccompAction::Allow, action, arch()?)
            .map_err(|e| e.to_string())?;
        filter
            .try_into()
            .map_err(|e: seccompiler::BackendError| e.to_string())
    }

    /// The kernel's Landlock ABI, or why there is none.
    pub fn landlock_abi() -> Result<i32, String> {
        const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1;
        // SAFETY: the version query takes no pointer and creates no file descriptor.
        let v = unsafe {
            libc::syscall(
                libc::SYS_landlock_create_ruleset,
                std::ptr::null::<libc::c_void>(),
                0usize,
                LANDLOCK_CREATE_RULESET_VERSION,
            )
        };
        if v >= 1 {
            return Ok(v as i32);
        }
        match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::EOPNOTSUPP) => Err("disabled at boot".into()),
            _ => Err("kernel without Landlock".into()),
        }
    }

    /// SYSTEM_READ as real paths, without those inside another (on merged-/usr systems
    /// /bin, /lib and /sbin are /usr's): fewer rules to add at every spawn.
    fn system_read_paths() -> &'static [PathBuf] {
        static PATHS: std::sync::OnceLock<Vec<PathBuf>> = std::sync::OnceLock::new();
        PATHS.get_or_init(|| {
            let mut real: Vec<PathBuf> = SYSTEM_READ
                .iter()
                .filter_map(|p| std::fs::canonicalize(p).ok())
                .collect();
            real.sort();
            real.dedup();
            let all = real.clone();
            real.retain(|p| !all.iter().any(|q| q != p && p.starts_with(q)));
            real
        })
    }

    /// Builds the Landlock ruleset for one spawn (in the helper, before fork).
    pub fn ruleset(request: &Request) -> Result<RulesetCreated, String> {
        let abi = ABI::V6;
        let system = system_read_paths();
        // A toolchain under /usr needs no rule of its own.
        let read: Vec<&PathBuf> = system
            .iter()
            .chain(
                request
                    .read_paths
                    .iter()
                    .filter(|p| !system.iter().any(|s| p.starts_with(s))),
            )
            .collect();
        let err = |e: landlock::RulesetError| e.to_string();
        landlock::Ruleset::default()
            .set_compatibility(CompatLevel::BestEffort)
            .handle_access(AccessFs::from_all(abi))
            .map_err(err)?
            .handle_access(AccessNet::from_all(abi))
            .map_err(err)?
            .scope(Scope::from_all(abi))
            .map_err(err)?
            .create()
            .map_err(err)?
            .add_rules(path_beneath_rules(&read, AccessFs::from_read(abi)))
            .map_err(err)?
            .add_rules(path_beneath_rules(
                &request.write_paths,
                AccessFs::from_all(abi),
            ))
            .map_err(err)?
            .add_rules(path_beneath_rules(["/dev/null"], AccessFs::from_file(abi)))
            .map_err(err)
    }

    /// Stands for the child's pid in the run filter until `pin_pid` replaces it.
    const PID_SENTINEL: i32 = 0x5eed_0001;

    /// Writes `pid` over the sentinel in a filter (in the child, on its own copy).
    fn pin_pid(filter: &mut BpfProgram, pid: i32) {
        for ins in filter.iter_mut() {
            if ins.k == PID_SENTINEL as u32 {
                ins.k = pid as u32;
            } else if ins.k == (-PID_SENTINEL) as u32 {
                ins.k = (-pid) as u32;
            }
        }
    }

    /// Applied in the child, after fork and before exec. `filters` is the child's copy;
    /// the ruleset is used through a bitwise copy (it owns no heap memory, and the
    /// child's file table is its own), so the helper keeps and drops the original.
    pub fn restrict(
        ruleset: Option<&RulesetCreated>,
        filters: &mut [BpfProgram],
    ) -> Result<(), String> {
        if let Some(ruleset) = ruleset {
            // SAFETY: see above; the helper drops the original, the child never returns.
            let copy = unsafe { std::ptr::read(ruleset) };
            copy.restrict_self().map_err(|e| e.to_string())?;
        }
        // SAFETY: getpid has no preconditions.
        let pid = unsafe { libc::getpid() };
        for filter in filters {
            pin_pid(filter, pid);
            seccompiler::apply_filter(filter).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// Resource limits for the child (applied after fork). The stack is unlimited, as in
/// isolate and DMOJ: deep recursion works up to the memory limit, which the poller
/// enforces on resident memory. (A finite large RLIMIT_STACK would also become glibc's
/// default size for every new thread, and Node's threads would then hit RLIMIT_DATA.)
#[cfg_attr(
    not(target_os = "linux"),
    expect(
        clippy::unnecessary_cast,
        reason = "the RLIMIT_ constants are u32 on Linux, i32 elsewhere"
    )
)]
pub fn rlimits(request: &Request) -> Vec<(i32, u64, u64)> {
    let l = &request.limits;
    let cpu = l.cpu_ms.div_ceil(1000) + 1;
    let mut limits = vec![
        (libc::RLIMIT_CPU as i32, cpu, cpu + 1),
        (libc::RLIMIT_CORE as i32, 0, 0),
        (libc::RLIMIT_FSIZE as i32, l.file_bytes, l.file_bytes),
        (libc::RLIMIT_NOFILE as i32, 1024, 1024),
    ];
    if request.step == Step::Run {
        limits.push((
            libc::RLIMIT_STACK as i32,
            libc::RLIM_INFINITY,
            libc::RLIM_INFINITY,
        ));
    }
    if let Some(data) = l.data_bytes {
        limits.push((libc::RLIMIT_DATA as i32, data, data));
    }
    limits
}

/// Probes each optional layer once by spawning `/bin/true` under it.
pub fn probe() -> Layers {
    #[cfg(target_os = "linux")]
    {
        let mut layers = Layers::default();
        let request = Request {
            argv: vec!["/bin/true".into()],
            env: vec![],
            cwd: std::path::PathBuf::from("/"),
            stdin: None,
            result: None,
            limits: super::Limits {
                cpu_ms: 1000,
                wall_ms: 2000,
                memory_kib: 64 << 10,
                output_bytes: 1 << 10,
                file_bytes: 1 << 10,
                data_bytes: None,
            },
            step: Step::Run,
            read_paths: vec![],
            write_paths: vec![],
            hide: vec![],
            pipes: None,
        };
        match landlock_abi() {
            Ok(abi) => {
                match ruleset(&request)
                    .and_then(|r| super::supervise::try_layers(Some(&r), &mut []))
                {
                    Ok(()) => layers.landlock_abi = Some(abi),
                    Err(e) => layers.landlock_note = Some(e),
                }
            }
            Err(note) => layers.landlock_note = Some(note),
        }
        match build_filters()
            .and_then(|f| super::supervise::try_layers(None, &mut f.for_step(Step::Run).to_vec()))
        {
            Ok(()) => layers.seccomp = true,
            Err(e) => layers.seccomp_note = Some(e),
        }
        layers
    }
    #[cfg(not(target_os = "linux"))]
    Layers {
        landlock_note: Some("not Linux".into()),
        seccomp_note: Some("not Linux".into()),
        ..Layers::default()
    }
}
