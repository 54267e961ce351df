//! The `callcoach` program: the app when run without a command, else the command line.

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
        });
        std::process::exit(code);
    }
    std::process::exit(cli::run(cli));
}
