//! Reading authored files safely, and parsing RON into the model with located errors.

use super::diagnostic::Rule;
use std::fmt;
use std::io::Read;
use std::path::Path;

use super::diagnostic::{Diagnostic, Reporter, Severity};
use super::model::ScenarioFile;
use crate::source::offset_of;
use crate::suggest::did_you_mean;

/// The largest scenario or .ftl file we read: far above any real one, far below a mistake.
pub const MAX_SOURCE_BYTES: u64 = 4 * 1024 * 1024;

pub use crate::source::SourceFile;

/// A file that could not be read as text at all (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            line: 1,
            col: 1,
            message: message.into(),
        }
    }
}

impl From<Diagnostic> for InputError {
    fn from(d: Diagnostic) -> Self {
        InputError {
            path: d.file,
            line: d.line,
            col: d.col,
            message: d.message,
        }
    }
}

/// Read a UTF-8 text file, refusing directories, oversized files and invalid UTF-8 with a
/// located, one-line reason.
pub fn read_source(path: &Path) -> Result<SourceFile, InputError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| InputError::new(&shown, io_reason(&e)))?;
    if meta.is_dir() {
        return Err(InputError::new(&shown, "is a directory, expected a file"));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(InputError::new(
            &shown,
            format!(
                "file is too large ({} bytes; the limit is {} bytes)",
                meta.len(),
                MAX_SOURCE_BYTES
            ),
        ));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_SOURCE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| InputError::new(&shown, io_reason(&e)))?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(InputError::new(&shown, "file is too large"));
    }
    text_from_bytes(&shown, bytes)
}

pub fn text_from_bytes(shown: &str, bytes: Vec<u8>) -> Result<SourceFile, InputError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile {
            path: shown.to_string(),
            text,
        }),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or("");
            let line = good.matches('\n').count() + 1;
            let col = good
                .rsplit('\n')
                .next()
                .map(|l| l.chars().count())
                .unwrap_or(0)
                + 1;
            Err(InputError {
                path: shown.to_string(),
                line,
                col,
                message: "not valid UTF-8 text (save the file as UTF-8)".into(),
            })
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// The message for a value that must be a flag: lint repairs it and goes on.
pub const EXPECTED_FLAG: &str = "this value must be true or false";

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Parse RON text into the authoring model; on failure one located diagnostic.
pub fn parse_ron<T: serde::de::DeserializeOwned>(src: &SourceFile) -> Result<T, Box<Diagnostic>> {
    if src.text.trim().is_empty() {
        let mut r = Reporter::new(&src.path, &src.text);
        r.error(
            Rule::RonSyntax,
            (0, 0),
            "the file is empty",
            Some("a scenario starts with `Scenario(` or `(`; see docs/scenario-format.md".into()),
        );
        return Err(Box::new(r.out.remove(0)));
    }
    ron_options()
        .from_str::<T>(&src.text)
        .map_err(|e| Box::new(ron_diagnostic(src, &e)))
}

pub fn parse_scenario(src: &SourceFile) -> Result<ScenarioFile, Box<Diagnostic>> {
    parse_ron(src)
}

fn ron_diagnostic(src: &SourceFile, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let start = offset_of(&src.text, e.span.start.line, e.span.start.col);
    let end = offset_of(&src.text, e.span.end.line, e.span.end.col).max(start);
    let (code, message, hint): (Rule, String, Option<String>) = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            Rule::UnknownField,
            match outer {
                Some(o) => format!("unknown field `{found}` in `{o}`"),
                None => format!("unknown field `{found}`"),
            },
            Some(match did_you_mean(found, expected.iter()) {
                Some(s) => format!("did you mean `{s}`? valid fields: {}", expected.join(", ")),
                None => format!("valid fields: {}", expected.join(", ")),
            }),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            Rule::UnknownVariant,
            match outer {
                Some(o) => format!("unknown `{found}` in `{o}`"),
                None => format!("unknown `{found}`"),
            },
            Some(match did_you_mean(found, expected.iter()) {
                Some(s) => format!(
                    "did you mean `{s}`? expected one of: {}",
                    expected.join(", ")
                ),
                None => format!("expected one of: {}", expected.join(", ")),
            }),
        ),
        E::MissingStructField { field, outer } => (
            Rule::MissingField,
            match outer {
                Some(o) => format!("`{o}` is missing the field `{field}`"),
                None => format!("missing the field `{field}`"),
            },
            Some(format!("add `{field}: ...`; see docs/scenario-format.md")),
        ),
        E::DuplicateStructField { field, .. } => (
            Rule::RonSyntax,
            format!("the field `{field}` is given twice"),
            None,
        ),
        // the brackets are fine, the value is of the wrong kind: say which kind fits
        E::ExpectedBoolean => (
            Rule::TypeMismatch,
            EXPECTED_FLAG.into(),
            Some("a flag is `true` or `false`, not 0 or 1: e.g. `Flag(initial: false)`".into()),
        ),
        other => (
            Rule::RonSyntax,
            other.to_string(),
            Some("check the brackets, commas and quotes just before this point".into()),
        ),
    };
    // ron points at the space before a wrong value: underline the value itself
    let (start, end) = if matches!(e.code, E::ExpectedBoolean) {
        value_at(&src.text, start)
    } else {
        (start, end)
    };
    let mut r = Reporter::new(&src.path, &src.text);
    r.push(Severity::Error, code, (start, end), message, hint);
    r.out.remove(0)
}

/// The literal that starts at `at`, spaces before it skipped.
pub fn value_at(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let start = text[at..]
        .find(|c: char| !c.is_whitespace())
        .map_or(at, |i| at + i);
    let len = text[start..]
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '+')))
        .unwrap_or(text.len() - start);
    (start, start + len)
}
