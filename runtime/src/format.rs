//! The format-spec mini-language (being written).
