//! Numeric kernels (being written).
