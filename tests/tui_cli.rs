//! `tradesim play` and `tradesim` without a terminal: clear errors, or the plain list.

use assert_cmd::Command;
use predicates::prelude::*;

fn tradesim() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tradesim"))
}

#[test]
fn play_without_a_terminal_says_what_to_use_instead() {
    tradesim()
        .args(["play", "tutorial"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("needs a terminal")
                .and(predicate::str::contains("tradesim run")),
        );
}

#[test]
fn play_of_an_unknown_scenario_is_bad_input() {
    tradesim()
        .args(["play", "tutorail"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `tutorial`"));
}

#[test]
fn no_subcommand_without_a_terminal_lists_the_scenarios() {
    tradesim()
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .assert()
        .success()
        .stdout(predicate::str::contains("tutorial"));
}
