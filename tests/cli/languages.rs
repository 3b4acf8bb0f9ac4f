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
