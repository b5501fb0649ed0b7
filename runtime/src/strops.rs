//! Python str operations (being written).
