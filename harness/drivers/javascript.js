// grind's JavaScript driver: the node types as on LeetCode, and reading/writing the
// canonical JSON encoding. grind appends one call of grindMain() with the problem's
// signature; it runs the candidate's file as a script in this context (so its
// functions become globals and its stack traces point into the file).
'use strict';
const grindFs = require('fs');
const grindVm = require('vm');

function ListNode(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
// The candidate's file runs as a script, where `require` is not otherwise defined.
globalThis.require = require;

function grindFail(line, what) {
    process.stderr.write(`grind driver: line ${line + 1}: ${what}\n`);
    process.exit(3);
}

function grindDecode(value, ty, line) {
    if (ty.endsWith('[]')) {
        if (!Array.isArray(value)) grindFail(line, 'expected an array');
        const inner = ty.slice(0, -2);
        return value.map((v) => grindDecode(v, inner, line));
    }
    if (ty === 'ListNode') {
        let head = null;
        for (let i = value.length - 1; i >= 0; i--) head = new ListNode(value[i], head);
        return head;
    }
    if (ty === 'TreeNode') {
        const nodes = value.map((v) => (v === null ? null : new TreeNode(v)));
        // Level order: each present node takes the next two slots as its children.
        let slot = 1;
        for (let i = 0; i < nodes.length && slot < nodes.length; i++) {
            if (nodes[i] === null) continue;
            nodes[i].left = nodes[slot++];
            if (slot < nodes.length) nodes[i].right = nodes[slot++];
        }
        return nodes.length ? nodes[0] : null;
    }
    return value;
}

function grindEncode(value, ty) {
    if (ty.endsWith('[]')) {
        if (value === null || value === undefined) return value;
        const inner = ty.slice(0, -2);
        return Array.from(value, (v) => grindEncode(v, inner));
    }
    if (ty === 'ListNode') {
        const out = [];
        for (let n = value; n; n = n.next) {
            if (out.length > 10000000) grindFail(-1, 'the returned list has a cycle');
            out.push(n.val);
        }
        return out;
    }
    if (ty === 'TreeNode') {
        const order = value ? [value] : [];
        for (let i = 0; i < order.length; i++) {
            const n = order[i];
            if (!n) continue;
            if (order.length > 20000000) grindFail(-1, 'the returned tree has a cycle');
            order.push(n.left || null, n.right || null);
        }
        while (order.length && order[order.length - 1] === null) order.pop();
        return order.map((n) => (n === null ? null : n.val));
    }
    if (ty === 'int' || ty === 'long') {
        // -0 is 0, and a JSON integer has no fraction.
        return typeof value === 'number' && Number.isInteger(value) ? value + 0 : value;
    }
    return value;
}

function grindLines(count) {
    const lines = grindFs.readFileSync(0, 'utf8').split('\n');
    if (lines.length < count) grindFail(lines.length, `expected ${count} lines of input`);
    return lines.slice(0, count).map((line, i) => {
        try {
            return JSON.parse(line);
        } catch (e) {
            grindFail(i, `not JSON: ${e.message}`);
        }
    });
}

// Runs the candidate's file, then `work` (which names what it needs from it and
// returns the result as JSON); an error in the candidate's code is shown as theirs.
function grindServe(solution, work) {
    let data;
    try {
        grindVm.runInThisContext(grindFs.readFileSync(solution, 'utf8'), { filename: solution });
        data = work() + '\n';
    } catch (e) {
        // The candidate's error, with the driver's and Node's own frames left out.
        const stack = String((e && e.stack) || e).split('\n');
        const own = stack.filter((l) => !/^\s+at /.test(l) || l.includes(solution));
        process.stderr.write(own.join('\n') + '\n');
        process.exit(1);
    }
    // The result goes to descriptor 3, which grind opens; the candidate's own prints
    // go to stdout and are shown apart. Without descriptor 3 (run by hand), to stdout.
    try {
        grindFs.writeSync(3, data);
    } catch (e) {
        process.stdout.write(data);
    }
}

// What the candidate's file defines under `name`, or undefined.
function grindDefined(name) {
    try {
        return grindVm.runInThisContext(name);
    } catch (e) {
        return undefined;
    }
}

function grindMain(fn, params, returns, solution, modifies = -1) {
    const args = grindLines(params.length).map((v, i) => grindDecode(v, params[i], i));
    grindServe(solution, () => {
        const f = grindDefined(fn);
        if (typeof f !== 'function') {
            grindFail(-1, `grind expected a function ${fn} (the stub of \`grind new\`)`);
        }
        let answer = f(...args);
        // A function that changes a parameter in place: that parameter's value counts.
        if (modifies >= 0) answer = args[modifies];
        return JSON.stringify(grindEncode(answer, returns));
    });
}

// A design problem: construct the class, call each operation, list the results.
// `methods` maps each operation to [its name here, parameter types, result type or null].
function grindDesign(name, constructor, methods, solution) {
    const [ops, calls] = grindLines(2);
    grindServe(solution, () => {
        const Cls = grindDefined(name);
        if (typeof Cls !== 'function') grindFail(-1, `grind expected a class ${name} (the stub of \`grind new\`)`);
        const obj = new Cls(...calls[0].map((v, i) => grindDecode(v, constructor[i], 1)));
        const results = [null];
        for (let i = 1; i < ops.length; i++) {
            const [method, params, returns] = methods[ops[i]];
            if (typeof obj[method] !== 'function') grindFail(-1, `grind expected ${name} to have a method ${method}`);
            const answer = obj[method](...calls[i].map((v, k) => grindDecode(v, params[k], 1)));
            results.push(returns === null ? null : grindEncode(answer, returns));
        }
        return JSON.stringify(results);
    });
}
