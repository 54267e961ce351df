//! The `callcoach` program: the app when run without a command, else the command line.

// Standard output goes through `cli::out::Out`, which handles a closed pipe and a full disk;
// `println!`/`print!` would panic on either (exit 101). The lint keeps them out of src/.
#![deny(clippy::print_stdout, clippy::print_stderr)]

/// `eprintln!` for this program: std's, except that a failed write to standard error (closed,
/// a full disk) is ignored instead of panicking. Defined before the modules, so every
/// `eprintln!` in them is this one; there is nowhere left to report such a failure.
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::writeln!(::std::io::stderr(), $($arg)*);
    }};
}

/// `eprint!` for this program: see `eprintln!`.
macro_rules! eprint {
    ($($arg:tt)*) => {{
        use ::std::io::Write as _;
        let _ = ::std::write!(::std::io::stderr(), $($arg)*);
    }};
}

mod cli;
mod lrs;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    #[cfg(feature = "app")]
    if cli.command.is_none() {
        let code = callcoach_app::run(callcoach_app::AppOptions {
            library: cli.library.clone(),
            data_dir: cli.data_dir.clone(),
            record_source: cli.dashboard_lrs.as_deref().map(lrs::fetch::record_source),
            assigned: None,
        });
        std::process::exit(code);
    }
    std::process::exit(cli::run(cli));
}
