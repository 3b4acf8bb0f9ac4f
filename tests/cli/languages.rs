//! Adding a language as README's "Adding a language" says: an entry in a user
//! languages.yaml, and nothing else, makes a toy language judge solutions.

use super::{Grind, fixture};

/// A toy language: POSIX shell scripts, run by `sh`, with a syntax check as its
/// compile step, an alias and its own comment syntax and speed rank.
const TOY: &str = r##"
posix-sh:
  name: POSIX shell
  extensions: [sh]
  aliases: [psh]
  comment: "#"
  speed_rank: 9
  source: main.sh
  version: [sh, -c, "echo posix-sh 1"]
  compile: [sh, -n, "{src}"]
  run: [sh, "{dir}/{src}"]
  time_multiplier: 2
"##;

const SUM: &str =
    "read t\nwhile [ \"$t\" -gt 0 ]; do read a b; echo $((a + b)); t=$((t - 1)); done\n";
const DIFF: &str =
    "read t\nwhile [ \"$t\" -gt 0 ]; do read a b; echo $((a - b)); t=$((t - 1)); done\n";

#[test]
fn a_toy_language_from_a_user_languages_yaml_judges_solutions() {
    let g = Grind::new(&["test", "--all", "--json"]);
    let config = g.home().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("languages.yaml"), TOY).unwrap();
    let work = g.home().to_path_buf();
    std::fs::write(work.join("sum.sh"), SUM).unwrap();
    std::fs::write(work.join("diff.sh"), DIFF).unwrap();
    std::fs::write(work.join("broken.sh"), "if then fi (\n").unwrap();
    // By extension: accepted, with the language's time multiplier applied.
    let run = g.arg(fixture("aplusb")).arg(work.join("sum.sh")).expect(0);
    let report = run.json();
    assert_eq!(report["language"], "posix-sh", "{report:#}");
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}");
    let judge = |args: &[&str], file: &str, code: i32| {
        let g = Grind::new(args);
        let config = g.home().join("config");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(config.join("languages.yaml"), TOY).unwrap();
        g.arg(fixture("aplusb"))
            .arg(work.join(file))
            .expect(code)
            .json()
    };
    // By alias, a wrong answer; and its compile step makes a syntax error a CE.
    let wa = judge(&["test", "--json", "--lang", "psh"], "diff.sh", 1);
    assert_eq!(wa["summary"]["verdict"], "WA", "{wa:#}");
    let ce = judge(&["test", "--json", "--lang", "posix-sh"], "broken.sh", 1);
    assert_eq!(ce["summary"]["verdict"], "CE", "{ce:#}");
}

/// `grind doctor` says how memory is measured and which backstop each language has,
/// from the languages in force (a user's language without `data_grace` has none).
#[test]
fn doctor_says_how_memory_is_measured_per_language() {
    let g = Grind::new(&["doctor", "--color", "never"]);
    let config = g.home().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("languages.yaml"), TOY).unwrap();
    let run = g.expect(0);
    assert!(run.stdout.contains("VmHWM, VmPTE"), "{}", run.stdout);
    let backstop = |id: &str| {
        run.stdout
            .lines()
            .find(|l| l.contains("backstop") && l.split_whitespace().nth(1) == Some(id))
            .unwrap_or_else(|| panic!("no backstop line for {id}:\n{}", run.stdout))
            .to_string()
    };
    assert!(
        backstop("c").contains("RLIMIT_DATA = limit + 16"),
        "{}",
        backstop("c")
    );
    assert!(backstop("java").contains("none"), "{}", backstop("java"));
    assert!(
        backstop("posix-sh").contains("none"),
        "{}",
        backstop("posix-sh")
    );
}
