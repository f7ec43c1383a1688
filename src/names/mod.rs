//! TEMP STUB
pub mod cluster;
