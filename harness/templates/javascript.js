// {title} ({id}): read the input from stdin, print the answer to stdout.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
