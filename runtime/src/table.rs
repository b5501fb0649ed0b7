//! CPython-compatible hash tables (being written).
