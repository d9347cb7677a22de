"""Run several ``wetgeving`` commands in one process and report each as JSON (used by tests/hostile).

    echo '[["validate", "x.xml"], ["show", "x.xml"]]' | python -m tests.hostile.runner

One process per test keeps the suite fast (the imports are paid once) while the test still bounds the
whole run with a subprocess timeout. Every command's exit code, stdout and stderr are reported; an
exception that escapes ``main`` is reported as a traceback (which the tests forbid).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback


def run(args: list[str]) -> dict[str, object]:
    from wetgeving.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: object
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except BaseException:  # the tests fail on this: main must turn everything into a message
            code = "exception"
            err.write(traceback.format_exc())
    return {"args": args, "code": code, "out": out.getvalue(), "err": err.getvalue()}


if __name__ == "__main__":
    print(json.dumps([run(a) for a in json.loads(sys.stdin.read())], ensure_ascii=False))
