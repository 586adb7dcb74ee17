//! printf and fprintf with a constant format, specialised: a call whose
//! format the compiler can read becomes one call per piece to the
//! runtime's print helpers (`__rt_print_bytes`, `__rt_print_int`…, in
//! runtime/libc/stdio.c), with constant arguments formatted here. In a
//! whole-program build the helpers are inlined: `printf("n=%d\n", n)`
//! costs the WRITEs of "n=", the digits of n and "\n", not a pass of the
//! formatting engine over the string.
//!
//! Only calls whose result is unused and whose conversions are plain
//! `%d %i %u %x %X %c %s %%` (no flags, width or precision; `l`, `z`, `t`
//! lengths, all 32-bit here) are rewritten; any other call is left as it is.

use inkwell::llvm_sys::core::*;
use inkwell::llvm_sys::prelude::*;
use inkwell::llvm_sys::{LLVMLinkage, LLVMTypeKind};
use inkwell::module::Module;

/// One piece of a specialised call.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<A> {
    Bytes(Vec<u8>),
    Int(A),
    Uint(A),
    Hex(A, bool),
    Char(A),
    Str(A),
}

/// What the parser knows of an argument: its value when it is a constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A 32-bit integer constant.
    Int(u32),
    /// A constant C string.
    Str(&'a [u8]),
    /// A 32-bit integer known at run time only.
    DynInt,
    /// A pointer known at run time only.
    DynPtr,
    /// Anything else (a wider integer, a double…).
    Other,
}

fn push_bytes<A>(pieces: &mut Vec<Piece<A>>, bytes: &[u8]) {
    if let Some(Piece::Bytes(b)) = pieces.last_mut() {
        b.extend_from_slice(bytes);
    } else if !bytes.is_empty() {
        pieces.push(Piece::Bytes(bytes.to_vec()));
    }
}

fn radix(mut v: u32, base: u32, upper: bool) -> Vec<u8> {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = Vec::new();
    loop {
        out.push(digits[(v % base) as usize]);
        v /= base;
        if v == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// Splits `fmt` (without its NUL) into pieces, argument `i` of `args`
/// feeding the i-th conversion; `None` when the call must stay a printf.
/// Pieces refer to arguments by index.
fn parse(fmt: &[u8], args: &[Arg<'_>]) -> Option<Vec<Piece<usize>>> {
    let mut pieces = Vec::new();
    let mut next = 0usize;
    let mut i = 0;
    while i < fmt.len() {
        let Some(off) = fmt[i..].iter().position(|&b| b == b'%') else {
            push_bytes(&mut pieces, &fmt[i..]);
            break;
        };
        push_bytes(&mut pieces, &fmt[i..i + off]);
        i += off + 1;
        // Lengths that are 32 bits on Valida (long, size_t, ptrdiff_t).
        if matches!(fmt.get(i), Some(b'l' | b'z' | b't')) && fmt.get(i + 1) != Some(&b'l') {
            i += 1;
            if !matches!(fmt.get(i), Some(b'd' | b'i' | b'u' | b'x' | b'X')) {
                return None;
            }
        }
        let conv = *fmt.get(i)?;
        i += 1;
        if conv == b'%' {
            push_bytes(&mut pieces, b"%");
            continue;
        }
        let arg = *args.get(next)?;
        let index = next;
        next += 1;
        match (conv, arg) {
            (b'd' | b'i', Arg::Int(v)) => {
                let v = v as i32;
                let mut text = if v < 0 { b"-".to_vec() } else { Vec::new() };
                text.extend(radix(v.unsigned_abs(), 10, false));
                push_bytes(&mut pieces, &text);
            }
            (b'u', Arg::Int(v)) => push_bytes(&mut pieces, &radix(v, 10, false)),
            (b'x' | b'X', Arg::Int(v)) => push_bytes(&mut pieces, &radix(v, 16, conv == b'X')),
            // A NUL byte: printf writes it, the helpers take lengths too.
            (b'c', Arg::Int(v)) => push_bytes(&mut pieces, &[v as u8]),
            (b's', Arg::Str(s)) => push_bytes(&mut pieces, s),
            (b'd' | b'i', Arg::DynInt) => pieces.push(Piece::Int(index)),
            (b'u', Arg::DynInt) => pieces.push(Piece::Uint(index)),
            (b'x' | b'X', Arg::DynInt) => pieces.push(Piece::Hex(index, conv == b'X')),
            (b'c', Arg::DynInt) => pieces.push(Piece::Char(index)),
            (b's', Arg::DynPtr) => pieces.push(Piece::Str(index)),
            _ => return None,
        }
    }
    // Extra arguments are evaluated and ignored by printf; here too (they
    // are already computed values), so they do not block the rewrite.
    Some(pieces)
}

/// The bytes of a constant C string global `v` points to (at offset 0).
unsafe fn c_string<'a>(v: LLVMValueRef) -> Option<&'a [u8]> {
    unsafe {
        if LLVMIsAGlobalVariable(v).is_null() || LLVMIsGlobalConstant(v) == 0 {
            return None;
        }
        if matches!(
            LLVMGetLinkage(v),
            LLVMLinkage::LLVMExternalWeakLinkage
                | LLVMLinkage::LLVMWeakAnyLinkage
                | LLVMLinkage::LLVMLinkOnceAnyLinkage
                | LLVMLinkage::LLVMAvailableExternallyLinkage
        ) {
            return None;
        }
        let init = LLVMGetInitializer(v);
        if init.is_null()
            || LLVMIsAConstantDataSequential(init).is_null()
            || LLVMIsConstantString(init) == 0
        {
            return None;
        }
        let mut len = 0usize;
        let p = LLVMGetAsString(init, &mut len);
        if p.is_null() {
            return None;
        }
        let bytes = std::slice::from_raw_parts(p.cast::<u8>(), len);
        let nul = bytes.iter().position(|&b| b == 0)?;
        Some(&bytes[..nul])
    }
}

unsafe fn classify<'a>(v: LLVMValueRef) -> Arg<'a> {
    unsafe {
        let ty = LLVMTypeOf(v);
        match LLVMGetTypeKind(ty) {
            LLVMTypeKind::LLVMIntegerTypeKind if LLVMGetIntTypeWidth(ty) == 32 => {
                if !LLVMIsAConstantInt(v).is_null() {
                    Arg::Int(LLVMConstIntGetZExtValue(v) as u32)
                } else {
                    Arg::DynInt
                }
            }
            LLVMTypeKind::LLVMPointerTypeKind => match c_string(v) {
                Some(s) => Arg::Str(s),
                None => Arg::DynPtr,
            },
            _ => Arg::Other,
        }
    }
}

fn has_fn_attr(f: LLVMValueRef, name: &str) -> bool {
    // SAFETY: reads a string attribute of a live function.
    unsafe {
        !LLVMGetStringAttributeAtIndex(f, u32::MAX, name.as_ptr().cast(), name.len() as u32)
            .is_null()
    }
}

/// The helper `name` of type `ty`, declared if the module lacks it.
unsafe fn helper(module: LLVMModuleRef, name: &str, ty: LLVMTypeRef) -> LLVMValueRef {
    let cname = std::ffi::CString::new(name).unwrap_or_default();
    unsafe {
        let f = LLVMGetNamedFunction(module, cname.as_ptr());
        if f.is_null() {
            LLVMAddFunction(module, cname.as_ptr(), ty)
        } else {
            f
        }
    }
}

/// Rewrites the module's printf/fprintf calls that can be specialised;
/// returns how many were.
pub fn specialise(module: &Module<'_>) -> usize {
    let m = module.as_mut_ptr();
    let mut calls = Vec::new();
    // SAFETY: walks and rewrites instructions of this live module; the
    // calls are collected first, then each is replaced and erased once.
    unsafe {
        for (name, fmt_index) in [("printf", 0u32), ("fprintf", 1u32)] {
            let cname = std::ffi::CString::new(name).unwrap_or_default();
            let callee = LLVMGetNamedFunction(m, cname.as_ptr());
            if callee.is_null() || LLVMCountBasicBlocks(callee) != 0 {
                continue;
            }
            let mut u = LLVMGetFirstUse(callee);
            while !u.is_null() {
                let user = LLVMGetUser(u);
                u = LLVMGetNextUse(u);
                if LLVMIsACallInst(user).is_null() || LLVMGetCalledValue(user) != callee {
                    continue;
                }
                calls.push((user, fmt_index));
            }
        }
        let context = LLVMGetModuleContext(m);
        let i32t = LLVMInt32TypeInContext(context);
        let ptr = LLVMPointerTypeInContext(context, 0);
        let void = LLVMVoidTypeInContext(context);
        let mut done = 0;
        for (call, fmt_index) in calls {
            let caller = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
            if !LLVMGetFirstUse(call).is_null()
                || has_fn_attr(caller, "no-builtins")
                || has_fn_attr(caller, "no-builtin-printf")
                || has_fn_attr(caller, "no-builtin-fprintf")
            {
                continue;
            }
            let nargs = LLVMGetNumArgOperands(call);
            let Some(fmt) = c_string(LLVMGetOperand(call, fmt_index)) else {
                continue;
            };
            let values: Vec<LLVMValueRef> = (fmt_index + 1..nargs)
                .map(|i| LLVMGetOperand(call, i))
                .collect();
            let args: Vec<Arg<'_>> = values.iter().map(|&v| classify(v)).collect();
            let Some(pieces) = parse(fmt, &args) else {
                continue;
            };
            let b = LLVMCreateBuilderInContext(context);
            LLVMPositionBuilderBefore(b, call);
            // The pieces keep the call's line (-g): a call without one in
            // a function with debug info is invalid IR.
            LLVMSetCurrentDebugLocation2(
                b,
                inkwell::llvm_sys::debuginfo::LLVMInstructionGetDebugLoc(call),
            );
            let stream = if fmt_index == 0 {
                let mut g = LLVMGetNamedGlobal(m, c"stdout".as_ptr());
                if g.is_null() {
                    g = LLVMAddGlobal(m, ptr, c"stdout".as_ptr());
                }
                LLVMBuildLoad2(b, ptr, g, c"".as_ptr())
            } else {
                LLVMGetOperand(call, 0)
            };
            let call2 = |name: &str, params: &mut [LLVMTypeRef], args: &mut [LLVMValueRef]| {
                let ty = LLVMFunctionType(void, params.as_mut_ptr(), params.len() as u32, 0);
                let f = helper(m, name, ty);
                LLVMBuildCall2(b, ty, f, args.as_mut_ptr(), args.len() as u32, c"".as_ptr());
            };
            for piece in pieces {
                match piece {
                    Piece::Bytes(bytes) => {
                        let text = LLVMConstStringInContext2(
                            context,
                            bytes.as_ptr().cast(),
                            bytes.len(),
                            1,
                        );
                        let g = LLVMAddGlobal(m, LLVMTypeOf(text), c".printf.text".as_ptr());
                        LLVMSetInitializer(g, text);
                        LLVMSetGlobalConstant(g, 1);
                        LLVMSetLinkage(g, LLVMLinkage::LLVMPrivateLinkage);
                        LLVMSetUnnamedAddress(
                            g,
                            inkwell::llvm_sys::LLVMUnnamedAddr::LLVMGlobalUnnamedAddr,
                        );
                        LLVMSetAlignment(g, 1);
                        let n = LLVMConstInt(i32t, bytes.len() as u64, 0);
                        call2(
                            "__rt_print_bytes",
                            &mut [ptr, ptr, i32t],
                            &mut [stream, g, n],
                        );
                    }
                    Piece::Int(a) => {
                        call2("__rt_print_int", &mut [ptr, i32t], &mut [stream, values[a]])
                    }
                    Piece::Uint(a) => call2(
                        "__rt_print_uint",
                        &mut [ptr, i32t],
                        &mut [stream, values[a]],
                    ),
                    Piece::Hex(a, upper) => {
                        let up = LLVMConstInt(i32t, u64::from(upper), 0);
                        call2(
                            "__rt_print_hex",
                            &mut [ptr, i32t, i32t],
                            &mut [stream, values[a], up],
                        )
                    }
                    Piece::Char(a) => call2(
                        "__rt_print_char",
                        &mut [ptr, i32t],
                        &mut [stream, values[a]],
                    ),
                    Piece::Str(a) => {
                        call2("__rt_print_str", &mut [ptr, ptr], &mut [stream, values[a]])
                    }
                }
            }
            LLVMDisposeBuilder(b);
            LLVMInstructionEraseFromParent(call);
            done += 1;
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(fmt: &str, args: &[Arg<'_>]) -> Option<Vec<Piece<usize>>> {
        parse(fmt.as_bytes(), args)
    }

    #[test]
    fn constant_arguments_fold_into_the_text() {
        assert_eq!(
            pieces(
                "Hello, %s! %d %u %x %X %c%%\n",
                &[
                    Arg::Str(b"world"),
                    Arg::Int(-42i32 as u32),
                    Arg::Int(4_000_000_000),
                    Arg::Int(255),
                    Arg::Int(0xabc),
                    Arg::Int(u32::from(b'!')),
                ]
            ),
            Some(vec![Piece::Bytes(
                b"Hello, world! -42 4000000000 ff ABC !%\n".to_vec()
            )])
        );
        assert_eq!(
            pieces("%d", &[Arg::Int(i32::MIN as u32)]),
            Some(vec![Piece::Bytes(b"-2147483648".to_vec())])
        );
    }

    #[test]
    fn run_time_arguments_become_helper_calls() {
        assert_eq!(
            pieces(
                "n=%d u=%lu %zx %s %c.",
                &[
                    Arg::DynInt,
                    Arg::DynInt,
                    Arg::DynInt,
                    Arg::DynPtr,
                    Arg::DynInt
                ]
            ),
            Some(vec![
                Piece::Bytes(b"n=".to_vec()),
                Piece::Int(0),
                Piece::Bytes(b" u=".to_vec()),
                Piece::Uint(1),
                Piece::Bytes(b" ".to_vec()),
                Piece::Hex(2, false),
                Piece::Bytes(b" ".to_vec()),
                Piece::Str(3),
                Piece::Bytes(b" ".to_vec()),
                Piece::Char(4),
                Piece::Bytes(b".".to_vec()),
            ])
        );
    }

    #[test]
    fn anything_else_stays_a_printf() {
        for fmt in [
            "%5d", "%-d", "%.3s", "%lld", "%f", "%p", "%n", "%hd", "%", "%q", "%*d",
        ] {
            assert_eq!(pieces(fmt, &[Arg::DynInt, Arg::DynInt]), None, "{fmt}");
        }
        // Missing or mistyped arguments.
        assert_eq!(pieces("%d", &[]), None);
        assert_eq!(pieces("%d", &[Arg::Other]), None);
        assert_eq!(pieces("%s", &[Arg::DynInt]), None);
        assert_eq!(pieces("%d", &[Arg::DynPtr]), None);
    }

    #[test]
    fn plain_text_and_percent() {
        assert_eq!(pieces("", &[]), Some(vec![]));
        assert_eq!(
            pieces("100%% sure", &[]),
            Some(vec![Piece::Bytes(b"100% sure".to_vec())])
        );
    }
}
