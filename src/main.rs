fn main() -> std::process::ExitCode {
    tradesim::cli::main()
}
