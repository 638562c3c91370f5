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
}

pub fn defined(res: &FluentResource) -> Vec<Defined> {
    let text = res.source();
    let mut out = Vec::new();
    for e in res.entries() {
        if let ast::Entry::Message(m) = e {
            let id = m.id.name.to_string();
            let offset = definition_offset(text, &id).unwrap_or(0);
            let mut refs = Vec::new();
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                walk_pattern(p, &mut refs, &mut vars);
            }
            for a in &m.attributes {
                walk_pattern(&a.value, &mut refs, &mut vars);
            }
            let vars = vars
                .into_iter()
                .map(|v| {
                    let at = text[offset..]
                        .find(&format!("${v}"))
                        .map(|i| offset + i)
                        .unwrap_or(offset);
                    (v, at)
                })
                .collect();
            out.push(Defined {
                id,
                offset,
                refs,
                vars,
            });
        }
    }
    out
}

/// Where `id =` starts a line.
fn definition_offset(text: &str, id: &str) -> Option<usize> {
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return Some(pos);
        }
        pos += line.len();
    }
    None
}

fn walk_pattern(p: &ast::Pattern<&str>, refs: &mut Vec<String>, vars: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, refs, vars);
        }
    }
}

fn walk_expr(e: &ast::Expression<&str>, refs: &mut Vec<String>, vars: &mut Vec<String>) {
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

fn walk_inline(i: &ast::InlineExpression<&str>, refs: &mut Vec<String>, vars: &mut Vec<String>) {
    match i {
        ast::InlineExpression::MessageReference { id, .. } => refs.push(id.name.to_string()),
        ast::InlineExpression::VariableReference { id } => {
            if !vars.iter().any(|v| v == id.name) {
                vars.push(id.name.to_string());
            }
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
