//! krait's intermediate representation: one register-based IR per function,
//! executed by the interpreter (`krait-runtime`) and lowered by the JIT
//! (`krait-jit`). Nothing here yet: the IR arrives with the baseline
//! interpreter (see ARCHITECTURE.md).
