//! krait's JIT: lowering of the IR to Cranelift for hot functions, and AOT
//! object emission for `krait build`. Nothing here yet (see ARCHITECTURE.md).
