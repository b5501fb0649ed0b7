//! Parser throughput: placeholder replaced below.
fn main() {}
