//! The `storybot` binary: parse arguments, set up logging, run, map errors
//! to exit codes. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = storybot::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    match storybot::cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("storybot: {e:#}");
            ExitCode::from(2)
        }
    }
}
