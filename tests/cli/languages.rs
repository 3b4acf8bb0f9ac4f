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

/// C++ programs that include <bits/stdc++.h> compile against a header precompiled once
/// per compiler and flag set, in the cache; where it cannot apply (a macro defined
/// before the include that changes the header) GCC reads the header itself and the
/// program is built as written. Compile errors still point at the user's lines.
#[test]
fn cpp_programs_use_a_precompiled_header_where_it_applies() {
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let judge = |file: &str, code: &str, config: Option<&str>| {
        let path = work.path().join(file);
        std::fs::write(&path, code).unwrap();
        let g = Grind::new(&["test", "--json"]).env("GRIND_CACHE", cache.path());
        if let Some(yaml) = config {
            let dir = g.home().join("config");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("languages.yaml"), yaml).unwrap();
        }
        let run = g.arg(fixture("aplusb")).arg(&path).run();
        (run.json(), run.stderr)
    };
    let headers = || -> Vec<std::path::PathBuf> {
        let Ok(entries) = std::fs::read_dir(cache.path().join("pch")) else {
            return vec![];
        };
        entries
            .flatten()
            .map(|e| e.path().join("bits/stdc++.h.gch"))
            .filter(|p| p.is_file())
            .collect()
    };
    let sum = "#include <bits/stdc++.h>\nusing namespace std;\nint main(){int t;cin>>t;while(t--){long long a,b;cin>>a>>b;cout<<a+b<<\"\\n\";}}\n";
    let (report, stderr) = judge("sum.cpp", sum, None);
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}\n{stderr}");
    assert!(stderr.contains("precompiling <bits/stdc++.h>"), "{stderr}");
    assert_eq!(headers().len(), 1, "one header, in the cache");
    // Built once: the next program that includes it says nothing of it.
    let (report, stderr) = judge("sum2.cpp", &format!("{sum}// another\n"), None);
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}");
    assert!(!stderr.contains("precompiling"), "{stderr}");
    // _GLIBCXX_DEBUG changes the header: the precompiled one is not used, and the
    // checked library is: reading past the end aborts (RE) instead of going unseen.
    let checked = "#define _GLIBCXX_DEBUG 1\n#include <bits/stdc++.h>\nusing namespace std;\nint main(){vector<long long> v(1);int t;cin>>t;while(t--){long long a,b;cin>>a>>b;cout<<a+b+v[5]*0<<\"\\n\";}}\n";
    let (report, _) = judge("checked.cpp", checked, None);
    assert_eq!(report["summary"]["verdict"], "RE", "{report:#}");
    // A compile error names the user's file and line, as without the header.
    let (report, _) = judge(
        "broken.cpp",
        "#include <bits/stdc++.h>\nint main() {\n  return missing_name;\n}\n",
        None,
    );
    assert_eq!(report["summary"]["verdict"], "CE", "{report:#}");
    let message = report["compile"]["message"].as_str().unwrap();
    assert!(message.contains("broken.cpp:3:"), "{message}");
    // Other flags make another header (the first would not apply to them).
    let o1 = "cpp:\n  name: C++\n  extensions: [cpp]\n  source: main.cpp\n  version: [g++, --version]\n  compile: [g++, -std=gnu++17, -O1, -o, \"{exe}\", \"{src}\"]\n  precompiled_header: bits/stdc++.h\n  run: [\"{exe}\"]\n";
    let (report, stderr) = judge("sum3.cpp", sum, Some(o1));
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}\n{stderr}");
    assert_eq!(headers().len(), 2, "a second header for -O1");
}
