//! krait's runtime: the reference-counted object model, the interpreter for
//! the IR, builtins and native modules. Nothing here yet: it arrives with the
//! baseline interpreter (see ARCHITECTURE.md).
