# grind's Python driver: the node types as on LeetCode, and reading/writing the
# canonical JSON encoding. grind appends one call of grind_main() with the problem's
# signature; it runs the candidate's file in a namespace that already holds ListNode,
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


def grind_run(function, params, returns, solution, modifies, result):
    data = sys.stdin.buffer.read().decode("utf-8")
    lines = data.split("\n")
    if len(lines) < len(params):
        grind_fail(len(lines), "expected %d lines of input" % len(params))
    args = []
    for i, ty in enumerate(params):
        try:
            value = json.loads(lines[i])
        except ValueError as e:
            grind_fail(i, "not JSON: %s" % e)
        args.append(grind_decode(value, ty, i))
    with open(solution, encoding="utf-8") as f:
        code = compile(f.read(), solution, "exec")
    namespace = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode,
                 "List": List, "Optional": Optional}
    exec(code, namespace)
    cls = namespace.get("Solution")
    method = getattr(cls, function, None) if cls is not None else None
    if method is None:
        grind_fail(-1, "grind expected class Solution with a method %s (the stub of `grind new`)" % function)
    answer = getattr(cls(), function)(*args)
    if modifies >= 0:  # a function that changes a parameter in place: its value counts
        answer = args[modifies]
    result.append(json.dumps(grind_encode(answer, returns), separators=(",", ":"), ensure_ascii=False))


def grind_main(function, params, returns, solution, modifies=-1):
    sys.setrecursionlimit(1000000)
    result = []
    failure = []

    def target():
        try:
            grind_run(function, params, returns, solution, modifies, result)
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
