//! A located problem in an authored file: what lint prints and `--format json` emits.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A lint rule: what kind of mistake a diagnostic reports. Its name (`missing-target`)
/// is stable: editors, fixtures and `--format json` key on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    BadDraw,
    BadParam,
    BadMetadata,
    BadPassMark,
    BadTimeLimit,
    BadVariable,
    BadWeight,
    BrokenScenario,
    Compile,
    ControlCharacter,
    DeadEnd,
    DivideByZero,
    DrawAll,
    DuplicateId,
    DuplicateLocale,
    DuplicateScenario,
    EndlessLoop,
    ExprSyntax,
    ExprTooDeep,
    FtlSyntax,
    Glossary,
    IdMismatch,
    LengthCue,
    LocaleNotCovered,
    MaxBelowBest,
    MissingField,
    MissingMessage,
    MissingTarget,
    MissingDescriptor,
    MissingTitle,
    MissingTranslation,
    NeverMatches,
    NeverTrue,
    NoAcceptedAnswer,
    NoAnswerKey,
    NoFeedback,
    NoLocale,
    NoScoredPart,
    RonSyntax,
    RubricOverMax,
    StaleTranslation,
    TightTimeLimit,
    TrapCycle,
    TypeMismatch,
    UndefinedVariable,
    UnknownCompetency,
    UnknownDocument,
    UnknownField,
    UnknownLocale,
    UnknownScenario,
    UnknownVariant,
    Unreachable,
    UnreachableMax,
    Unreadable,
    Untranslated,
    UnusedMessage,
    UnusedVariable,
    VariantFails,
}

impl Rule {
    pub const ALL: [Rule; 58] = [
        Rule::BadDraw,
        Rule::BadParam,
        Rule::BadMetadata,
        Rule::BadPassMark,
        Rule::BadTimeLimit,
        Rule::BadVariable,
        Rule::BadWeight,
        Rule::BrokenScenario,
        Rule::Compile,
        Rule::ControlCharacter,
        Rule::DeadEnd,
        Rule::DivideByZero,
        Rule::DrawAll,
        Rule::DuplicateId,
        Rule::DuplicateLocale,
        Rule::DuplicateScenario,
        Rule::EndlessLoop,
        Rule::ExprSyntax,
        Rule::ExprTooDeep,
        Rule::FtlSyntax,
        Rule::Glossary,
        Rule::IdMismatch,
        Rule::LengthCue,
        Rule::LocaleNotCovered,
        Rule::MaxBelowBest,
        Rule::MissingField,
        Rule::MissingMessage,
        Rule::MissingTarget,
        Rule::MissingDescriptor,
        Rule::MissingTitle,
        Rule::MissingTranslation,
        Rule::NeverMatches,
        Rule::NeverTrue,
        Rule::NoAcceptedAnswer,
        Rule::NoAnswerKey,
        Rule::NoFeedback,
        Rule::NoLocale,
        Rule::NoScoredPart,
        Rule::RonSyntax,
        Rule::RubricOverMax,
        Rule::StaleTranslation,
        Rule::TightTimeLimit,
        Rule::TrapCycle,
        Rule::TypeMismatch,
        Rule::UndefinedVariable,
        Rule::UnknownCompetency,
        Rule::UnknownDocument,
        Rule::UnknownField,
        Rule::UnknownLocale,
        Rule::UnknownScenario,
        Rule::UnknownVariant,
        Rule::Unreachable,
        Rule::UnreachableMax,
        Rule::Unreadable,
        Rule::Untranslated,
        Rule::UnusedMessage,
        Rule::UnusedVariable,
        Rule::VariantFails,
    ];

    /// The rule's stable name.
    pub fn name(self) -> &'static str {
        match self {
            Rule::BadDraw => "bad-draw",
            Rule::BadParam => "bad-param",
            Rule::BadMetadata => "bad-metadata",
            Rule::BadPassMark => "bad-pass-mark",
            Rule::BadTimeLimit => "bad-time-limit",
            Rule::BadVariable => "bad-variable",
            Rule::BadWeight => "bad-weight",
            Rule::BrokenScenario => "broken-scenario",
            Rule::Compile => "compile",
            Rule::ControlCharacter => "control-character",
            Rule::DeadEnd => "dead-end",
            Rule::DivideByZero => "divide-by-zero",
            Rule::DrawAll => "draw-all",
            Rule::DuplicateId => "duplicate-id",
            Rule::DuplicateLocale => "duplicate-locale",
            Rule::DuplicateScenario => "duplicate-scenario",
            Rule::EndlessLoop => "endless-loop",
            Rule::ExprSyntax => "expr-syntax",
            Rule::ExprTooDeep => "expr-too-deep",
            Rule::FtlSyntax => "ftl-syntax",
            Rule::Glossary => "glossary",
            Rule::IdMismatch => "id-mismatch",
            Rule::LengthCue => "length-cue",
            Rule::LocaleNotCovered => "locale-not-covered",
            Rule::MaxBelowBest => "max-below-best",
            Rule::MissingField => "missing-field",
            Rule::MissingMessage => "missing-message",
            Rule::MissingTarget => "missing-target",
            Rule::MissingDescriptor => "missing-descriptor",
            Rule::MissingTitle => "missing-title",
            Rule::MissingTranslation => "missing-translation",
            Rule::NeverMatches => "never-matches",
            Rule::NeverTrue => "never-true",
            Rule::NoAcceptedAnswer => "no-accepted-answer",
            Rule::NoAnswerKey => "no-answer-key",
            Rule::NoFeedback => "no-feedback",
            Rule::NoLocale => "no-locale",
            Rule::NoScoredPart => "no-scored-part",
            Rule::RonSyntax => "ron-syntax",
            Rule::RubricOverMax => "rubric-over-max",
            Rule::StaleTranslation => "stale-translation",
            Rule::TightTimeLimit => "tight-time-limit",
            Rule::TrapCycle => "trap-cycle",
            Rule::TypeMismatch => "type-mismatch",
            Rule::UndefinedVariable => "undefined-variable",
            Rule::UnknownCompetency => "unknown-competency",
            Rule::UnknownDocument => "unknown-document",
            Rule::UnknownField => "unknown-field",
            Rule::UnknownLocale => "unknown-locale",
            Rule::UnknownScenario => "unknown-scenario",
            Rule::UnknownVariant => "unknown-variant",
            Rule::Unreachable => "unreachable",
            Rule::UnreachableMax => "unreachable-max",
            Rule::Unreadable => "unreadable",
            Rule::Untranslated => "untranslated",
            Rule::UnusedMessage => "unused-message",
            Rule::UnusedVariable => "unused-variable",
            Rule::VariantFails => "variant-fails",
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

// ordered and written by name, as when the code was a string
impl Ord for Rule {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.name().cmp(other.name())
    }
}

impl PartialOrd for Rule {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The rule, written as its stable name, e.g. `missing-target`.
    pub code: Rule,
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
    /// Made on the first diagnostic: most files have none, and a scan of a large file's
    /// lines for nothing costs more than the checks.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    pub out: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Reporter {
            file,
            text,
            line_starts: std::sync::OnceLock::new(),
            out: Vec::new(),
        }
    }

    pub fn push(
        &mut self,
        severity: Severity,
        code: Rule,
        (start, end): (usize, usize),
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let start = start.min(self.text.len());
        let starts = self
            .line_starts
            .get_or_init(|| super::source::line_starts(self.text));
        let (line, col) = super::source::line_col_in(starts, self.text, start);
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
        code: Rule,
        at: (usize, usize),
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Error, code, at, msg, hint);
    }

    pub fn warn(
        &mut self,
        code: Rule,
        at: (usize, usize),
        msg: impl Into<String>,
        hint: Option<String>,
    ) {
        self.push(Severity::Warning, code, at, msg, hint);
    }
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn every_rule_has_its_own_name_and_the_docs_name_it() {
        let docs: String = ["authoring.md", "scenario-format.md", "assessment.md"]
            .iter()
            .map(|f| {
                std::fs::read_to_string(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("docs")
                        .join(f),
                )
                .unwrap_or_default()
            })
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.name()), "{} twice", r.name());
            assert!(
                docs.contains(&format!("`{}`", r.name())),
                "docs/ do not name `{}`",
                r.name()
            );
        }
    }
}
