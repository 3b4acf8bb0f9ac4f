# Shared by the benchmark scripts: a release build, a scratch GRIND_HOME removed on
# exit, and a median of wall times. Expects $root; sets $grind and $work.
cd "$root"
cargo build --release --quiet
grind="$root/target/release/grind"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GRIND_HOME="$work/home"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
