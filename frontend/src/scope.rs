//! Scope resolution (placeholder while it is being written).
