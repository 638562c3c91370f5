//! What an .ftl file defines and references, for lint: which ids are missing where, which
//! are unused, which `$variables` a message expects.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// A message defined in a file, with the byte offset of its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defined {
    pub id: String,
    pub offset: usize,
    /// Other messages this one refers to (`{ other-id }`).
    pub refs: Vec<String>,
    /// Variables it uses (`{ $cash }`), with their byte offsets.
    pub vars: Vec<(String, usize)>,
    /// Characters of its value as a reader sees it, trimmed, when the value is plain text
    /// (no placeable): what lint's length checks need, without formatting anything.
    pub plain_len: Option<usize>,
}

pub fn defined(res: &FluentResource) -> Vec<Defined> {
    let text = res.source();
    let mut out = Vec::new();
    for e in res.entries() {
        if let ast::Entry::Message(m) = e {
            let mut refs = Vec::new();
            let mut vars: Vec<&str> = Vec::new();
            if let Some(p) = &m.value {
                walk_pattern(p, &mut refs, &mut vars);
            }
            for a in &m.attributes {
                walk_pattern(&a.value, &mut refs, &mut vars);
            }
            let offset = offset_in(text, m.id.name);
            let plain_len = m.value.as_ref().and_then(plain_len);
            out.push(Defined {
                id: m.id.name.to_string(),
                offset,
                refs,
                // the `$` stands just before the name
                vars: vars
                    .into_iter()
                    .map(|v| (v.to_string(), offset_in(text, v).saturating_sub(1)))
                    .collect(),
                plain_len,
            });
        }
    }
    out
}

/// The length of a pattern made of text only, as Fluent would format it (the text elements
/// joined), trimmed; `None` when it has a placeable.
fn plain_len(p: &ast::Pattern<&str>) -> Option<usize> {
    // most values are one text element: counted where they stand, with no copy
    if let [ast::PatternElement::TextElement { value }] = p.elements.as_slice() {
        return Some(value.trim().chars().count());
    }
    let mut joined = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => joined.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(joined.trim().chars().count())
}

/// The parser's AST borrows from the source, so a name's position is where its slice
/// starts: exact, and no search through the file.
fn offset_in(text: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    if at <= text.len() { at } else { 0 }
}

fn walk_pattern<'s>(p: &ast::Pattern<&'s str>, refs: &mut Vec<String>, vars: &mut Vec<&'s str>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, refs, vars);
        }
    }
}

fn walk_expr<'s>(e: &ast::Expression<&'s str>, refs: &mut Vec<String>, vars: &mut Vec<&'s str>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, refs, vars);
            for v in variants {
                walk_pattern(&v.value, refs, vars);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, refs, vars),
    }
}

fn walk_inline<'s>(
    i: &ast::InlineExpression<&'s str>,
    refs: &mut Vec<String>,
    vars: &mut Vec<&'s str>,
) {
    match i {
        ast::InlineExpression::MessageReference { id, .. } => refs.push(id.name.to_string()),
        ast::InlineExpression::VariableReference { id } if !vars.contains(&id.name) => {
            vars.push(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, refs, vars);
            }
            for n in &arguments.named {
                walk_inline(&n.value, refs, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, refs, vars),
        _ => {}
    }
}
