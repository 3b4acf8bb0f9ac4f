# grind's Python driver: the node types as on LeetCode, and reading/writing the
# canonical JSON encoding. grind appends one call of grind_main() (a function) or of
# grind_design() through grind_serve() (a class) with the problem's signature; it runs the candidate's file in a namespace that already holds ListNode,
# TreeNode, List and Optional, so its tracebacks point into the candidate's file.
import json
import os
import sys
import threading
from typing import List, Optional


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def grind_fail(line, what):
    sys.stdout.flush()
    sys.stderr.write("grind driver: line %d: %s\n" % (line + 1, what))
    sys.stderr.flush()
    os._exit(3)


def grind_decode(value, ty, line):
    base, dims = ty.rstrip("[]"), ty.count("[]")
    if base not in ("ListNode", "TreeNode", "double"):
        return value  # JSON gives these types as they are (grind checked the input)
    if dims:
        if not isinstance(value, list):
            grind_fail(line, "expected an array")
        inner = ty[:-2]
        return [grind_decode(v, inner, line) for v in value]
    if base == "ListNode":
        head = None
        for v in reversed(value):
            head = ListNode(v, head)
        return head
    if base == "TreeNode":
        nodes = [None if v is None else TreeNode(v) for v in value]
        # Level order: each present node takes the next two slots as its children.
        slot = 1
        for node in nodes:
            if slot >= len(nodes):
                break
            if node is not None:
                node.left = nodes[slot]
                slot += 1
                if slot < len(nodes):
                    node.right = nodes[slot]
                    slot += 1
        return nodes[0] if nodes else None
    if base == "double":
        return float(value)
    return value


def grind_encode(value, ty):
    base, dims = ty.rstrip("[]"), ty.count("[]")
    if base not in ("ListNode", "TreeNode"):
        return value  # json.dumps writes the rest as they are
    if dims:
        if value is None:
            return None
        inner = ty[:-2]
        return [grind_encode(v, inner) for v in value]
    if base == "ListNode":
        out = []
        while value is not None:
            if len(out) > 10000000:
                grind_fail(-1, "the returned list has a cycle")
            out.append(value.val)
            value = value.next
        return out
    if base == "TreeNode":
        order = [value] if value is not None else []
        i = 0
        while i < len(order):
            node = order[i]
            if node is not None:
                if len(order) > 20000000:
                    grind_fail(-1, "the returned tree has a cycle")
                order.append(node.left)
                order.append(node.right)
            i += 1
        while order and order[-1] is None:
            order.pop()
        return [None if n is None else n.val for n in order]
    return value


def grind_lines(count):
    lines = sys.stdin.buffer.read().decode("utf-8").split("\n")
    if len(lines) < count:
        grind_fail(len(lines), "expected %d lines of input" % count)
    return lines


def grind_json(lines, i):
    try:
        return json.loads(lines[i])
    except ValueError as e:
        grind_fail(i, "not JSON: %s" % e)


def grind_load(solution):
    """Runs the candidate's file in a namespace holding the node types."""
    with open(solution, encoding="utf-8") as f:
        code = compile(f.read(), solution, "exec")
    namespace = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode,
                 "List": List, "Optional": Optional}
    exec(code, namespace)
    return namespace


def grind_dump(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def grind_run(function, params, returns, solution, modifies):
    lines = grind_lines(len(params))
    args = [grind_decode(grind_json(lines, i), ty, i) for i, ty in enumerate(params)]
    cls = grind_load(solution).get("Solution")
    method = getattr(cls, function, None) if cls is not None else None
    if method is None:
        grind_fail(-1, "grind expected class Solution with a method %s (the stub of `grind new`)" % function)
    answer = getattr(cls(), function)(*args)
    if modifies >= 0:  # a function that changes a parameter in place: its value counts
        answer = args[modifies]
    return grind_dump(grind_encode(answer, returns))


def grind_design(name, constructor, methods, solution):
    """A design problem: construct the class, call each operation, list the results."""
    lines = grind_lines(2)
    ops, calls = grind_json(lines, 0), grind_json(lines, 1)
    cls = grind_load(solution).get(name)
    if cls is None:
        grind_fail(-1, "grind expected class %s (the stub of `grind new`)" % name)
    obj = cls(*[grind_decode(v, ty, 1) for v, ty in zip(calls[0], constructor)])
    results = [None]
    for op, args in zip(ops[1:], calls[1:]):
        params, returns = methods[op]
        method = getattr(obj, op, None)
        if method is None:
            grind_fail(-1, "grind expected class %s to have a method %s" % (name, op))
        answer = method(*[grind_decode(v, ty, 1) for v, ty in zip(args, params)])
        results.append(None if returns is None else grind_encode(answer, returns))
    return grind_dump(results)


def grind_main(function, params, returns, solution, modifies=-1):
    grind_serve(lambda: grind_run(function, params, returns, solution, modifies), solution)


def grind_serve(work, solution):
    """Runs `work` (which returns the result's JSON) and writes its result."""
    sys.setrecursionlimit(1000000)
    result = []
    failure = []

    def target():
        try:
            result.append(work())
        except BaseException as e:  # shown as the candidate's runtime error
            failure.append(e)
            import traceback
            # Start the traceback at the candidate's first frame, not the driver's.
            tb = e.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename != solution:
                tb = tb.tb_next
            traceback.print_exception(type(e), e, tb or e.__traceback__)

    # Deep recursion needs a deep C stack: run in a thread with a big one (address
    # space; only the pages used count as memory), as large as the limits allow.
    for mib in (256, 64, 0):
        try:
            threading.stack_size(mib * 1024 * 1024)
            thread = threading.Thread(target=target)
            thread.start()
            break
        except (RuntimeError, ValueError, MemoryError):
            continue
    thread.join()
    sys.stdout.flush()
    if failure:
        code = failure[0].code if isinstance(failure[0], SystemExit) else 1
        os._exit(code if isinstance(code, int) else 1)
    data = (result[0] + "\n").encode("utf-8")
    # The result goes to descriptor 3, which grind opens; the candidate's own prints
    # go to stdout and are shown apart. Without descriptor 3 (run by hand), to stdout.
    try:
        os.write(3, data)
    except OSError:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
