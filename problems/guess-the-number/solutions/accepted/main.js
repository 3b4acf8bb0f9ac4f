// Binary search: [lo, hi] always holds the hidden number; each query drops mid and
// the wrong half, so at most bit_length(n) queries are asked. The judge's lines
// arrive as events: each reply moves the search one step.
const readline = require("readline");

const rl = readline.createInterface({ input: process.stdin });
let n = null;
let lo = 1;
let hi = 0;
let mid = 0;

function ask() {
  mid = Math.floor((lo + hi) / 2); // n <= 10^9: exact in a double
  // process.stdout on a pipe is written synchronously on Linux: nothing to flush
  process.stdout.write(`? ${mid}\n`);
}

rl.on("line", (line) => {
  const word = line.trim();
  if (word === "") return;
  if (n === null) {
    n = Number(word);
    hi = n;
    ask();
    return;
  }
  if (word === "=") {
    process.stdout.write(`! ${mid}\n`);
    rl.close();
    return;
  }
  if (word === ">") lo = mid + 1;
  else hi = mid - 1;
  ask();
});
