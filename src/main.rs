//! The `storybot` binary: parse arguments, set up logging, run, map errors
//! to exit codes. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = storybot::cli::Cli::parse();
    // A long-running bot logs what it does; one-shot commands only warnings.
    let default = match args.command {
        storybot::cli::Command::Serve => "info,serenity=warn,tracing::span=warn",
        _ => "warn",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default)),
        )
        .with_writer(std::io::stderr)
        .init();
    match storybot::cli::run(args) {
        Ok(code) => code,
        // A closed pipe (`storybot ask … | head`) is the reader's choice, not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("storybot: {e:#}");
            ExitCode::from(2)
        }
    }
}
