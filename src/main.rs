//! The `callcoach` program: the app when run without a command, else the command line.

use clap::Parser;

fn main() {
    let cli = callcoach::cli::Cli::parse();
    #[cfg(feature = "app")]
    if cli.command.is_none() {
        let code = callcoach::app::run(callcoach::app::AppOptions {
            library: cli.library.clone(),
            data_dir: cli.data_dir.clone(),
        });
        std::process::exit(code);
    }
    std::process::exit(callcoach::cli::run(cli));
}
