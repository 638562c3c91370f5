//! A located problem in an authored file: what lint prints and `--format json` emits.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable rule name, e.g. `missing-target`; editors and fixtures key on it.
    pub code: &'static str,
    pub file: String,
    /// 1-based, column counted in characters.
    pub line: usize,
    pub col: usize,
    /// Byte range in the file, for underlining.
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col: error[code]: message`, then `  hint: ...` when there is one.
    pub fn render_plain(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut s = format!(
            "{}:{}:{}: {sev}[{}]: {}",
            self.file, self.line, self.col, self.code, self.message
        );
        if let Some(h) = &self.hint {
            s.push_str("\n  hint: ");
            s.push_str(h);
        }
        s
    }
}

/// Builds diagnostics for one file, turning byte offsets into line:col.
pub struct Reporter<'a> {
    pub file: &'a str,
    pub text: &'a str,
    line_starts: Vec<usize>,
    pub out: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Reporter {
            file,
            text,
            line_starts: super::source::line_starts(text),
            out: Vec::new(),
        }
    }

    pub fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        (start, end): (usize, usize),
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let start = start.min(self.text.len());
        let (line, col) = super::source::line_col_in(&self.line_starts, self.text, start);
        self.out.push(Diagnostic {
            severity,
            code,
            file: self.file.to_string(),
            line,
            col,
            start,
            end: end.max(start).min(self.text.len()),
            message: message.into(),
            hint,
        });
    }

    pub fn error(
        &mut self,
        code: &'static str,
        at: (usize, usize),
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Error, code, at, msg, hint);
    }

    pub fn warn(
        &mut self,
        code: &'static str,
        at: (usize, usize),
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Warning, code, at, msg, hint);
    }
}
