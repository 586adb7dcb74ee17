#!/usr/bin/env python3
"""Regenerates the FileCheck lines of lit/CodeGen tests (in the spirit of
LLVM's update_llc_test_checks.py; the result must be reviewed).

A test opts in with RUN lines of the form (other forms, e.g.
`%FileCheck --check-prefix=P %s`, are left to hand-written checks)
    ; RUN: %llc <args> %s -o - | %FileCheck %s --check-prefix=P
Everything after the line `; ==== generated checks ====` is replaced by
checks for each function: for assembly, every instruction line of the
function body; for MIR (-stop-after/-run-pass), every line of the body.

usage: update_checks.py test.ll [test.ll ...]
"""
import os
import re
import subprocess
import sys

MARKER = "; ==== generated checks ===="
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
PREFIX = os.environ.get("LLVM_SYS_221_PREFIX", "/usr/lib/llvm-22")
PLUGIN = os.environ.get("VALIDA_LLC_PLUGIN", os.path.join(
    ROOT, "target", "llvm-target", "build", "ValidaPlugin.so"))
LLC = "%s/bin/llc -load=%s -mtriple=valida-unknown-unknown -verify-machineinstrs" % (
    PREFIX, PLUGIN)

RUN_RE = re.compile(r"^;\s*RUN:\s*%llc(.*?)\|\s*%FileCheck %s(.*)$")


def asm_checks(out, prefix):
    lines = []
    func = None
    skipped = True
    for line in out.splitlines():
        m = re.match(r"^([A-Za-z_.$][\w.$]*):", line)
        if m and not line.startswith(".L"):
            func = m.group(1)
            lines.append("; %s-LABEL: %s:" % (prefix, func))
            skipped = True
            continue
        if func is None:
            continue
        if line.startswith(".Lfunc_end"):
            func = None
            continue
        s = line.split(";")[0].rstrip()
        if not s.strip() or (s.strip().startswith(".") and
                             not s.startswith(".LBB")):
            skipped = True
            continue
        kind = ":" if skipped else "-NEXT:"
        skipped = False
        lines.append("; %s%s %s" % (prefix, kind, s.strip()))
    return lines


def mir_checks(out, prefix):
    lines = []
    in_body = False
    for line in out.splitlines():
        m = re.match(r"^name:\s+(\S+)", line)
        if m:
            lines.append("; %s-LABEL: name: %s" % (prefix, m.group(1)))
            continue
        if line.startswith("body:"):
            in_body = True
            first = True
            continue
        if in_body:
            if line.startswith("..."):
                in_body = False
                continue
            s = line.strip()
            if not s:
                first = True
                continue
            kind = "" if first else "-NEXT"
            first = False
            lines.append("; %s%s: %s" % (prefix, kind, s))
    return lines


def update(path):
    src = open(path).read()
    head = src.split(MARKER)[0].rstrip("\n")
    checks = []
    for line in head.splitlines():
        m = RUN_RE.match(line)
        if not m:
            continue
        args = m.group(1).replace("%s", path).strip()
        pm = re.search(r"--check-prefix(?:es)?=(\S+)", m.group(2))
        prefix = pm.group(1) if pm else "CHECK"
        out = subprocess.run(LLC + " " + args, shell=True, capture_output=True,
                             text=True)
        if out.returncode != 0:
            sys.exit("%s: llc failed:\n%s" % (path, out.stderr))
        mir = "-stop-after" in args or "-run-pass" in args or "-stop-before" in args
        checks.append("")
        checks += (mir_checks if mir else asm_checks)(out.stdout, prefix)
    with open(path, "w") as f:
        f.write(head + "\n\n" + MARKER + "\n" + "\n".join(checks).lstrip("\n") + "\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        update(p)
