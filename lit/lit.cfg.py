# lit configuration of the Valida target suite.
#
# Runs every .ll/.mir test through stock llc with the Valida plugin:
#   %llc = llc -load=<ValidaPlugin.so> -mtriple=valida-unknown-unknown -verify-machineinstrs
# The plugin comes from target/llvm-target/build (built by cargo's build.rs or
# scripts/build-target.sh); VALIDA_LLC_PLUGIN overrides it. LLVM tools come
# from LLVM_SYS_221_PREFIX (default /usr/lib/llvm-22).
import os

import lit.formats

config.name = "Valida"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".mir", ".s", ".c"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
repo_root = os.path.dirname(config.test_source_root)
config.test_exec_root = os.path.join(repo_root, "target", "lit")

llvm_prefix = os.environ.get("LLVM_SYS_221_PREFIX", "/usr/lib/llvm-22")
llvm_bin = os.path.join(llvm_prefix, "bin")
plugin = os.environ.get(
    "VALIDA_LLC_PLUGIN",
    os.path.join(repo_root, "target", "llvm-target", "build", "ValidaPlugin.so"),
)
if not os.path.exists(plugin):
    lit_config.fatal(
        "Valida plugin not found at %s: run scripts/build-target.sh or cargo build"
        % plugin
    )

config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))]
)

llc = os.path.join(llvm_bin, "llc")
llc_cmd = "%s -load=%s -mtriple=valida-unknown-unknown -verify-machineinstrs" % (
    llc,
    plugin,
)
config.substitutions.append(("%llc_bare", llc))
# The C front end exactly as the driver runs it (riscv32 ilp32 IR).
clang = os.path.join(llvm_bin, "clang")
if not os.path.exists(clang):
    clang = "clang-22"
config.substitutions.append(
    (
        "%clang_rv32",
        "%s --target=riscv32-unknown-elf -march=rv32im -mabi=ilp32 "
        "-fsigned-char -S -emit-llvm -Wno-everything" % clang,
    )
)
config.substitutions.append(("%llc", llc_cmd))
# The driver, for what only its pipeline shows: stock opt refuses an
# architecture name LLVM does not know, so the IR passes' view of the Valida
# TargetTransformInfo is tested through `valida-cc -S -emit-llvm`.
valida_cc = os.environ.get(
    "VALIDA_CC", os.path.join(repo_root, "target", "release", "valida-cc")
)
if not os.path.exists(valida_cc):
    lit_config.fatal(
        "valida-cc not found at %s: run cargo build --release" % valida_cc
    )
config.substitutions.append(("%valida_cc", valida_cc))
config.substitutions.append(("%valida_plugin", plugin))
for tool in [
    "FileCheck",
    "not",
    "llvm-readelf",
    "llvm-objdump",
    "llvm-mc",
    "llvm-dwarfdump",
    "count",
]:
    config.substitutions.append(
        ("%" + tool.replace("-", "_"), os.path.join(llvm_bin, tool))
    )
