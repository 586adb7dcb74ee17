//! One module per subcommand: building (the default) and running.

pub mod build;
pub mod compare;
pub mod diagnostics;
pub mod run;
