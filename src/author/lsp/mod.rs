//! `tradesim lsp`: the Language Server Protocol over stdio for scenario `.ron` and `.ftl`
//! files. The same diagnostics as `lint` while the teacher types, go-to-definition of node
//! ids, message ids and variables, completion of those names, and a hover that shows a
//! message's text in every locale. Synchronous (lsp-server): one editor, small files.

mod position;
mod project;
mod symbols;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{Completion, GotoDefinition, HoverRequest, Request as _};
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionOptions, CompletionParams, CompletionResponse,
    DiagnosticSeverity, GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverContents,
    HoverParams, HoverProviderCapability, Location, MarkupContent, MarkupKind, NumberOrString,
    OneOf, PublishDiagnosticsParams, ServerCapabilities, TextDocumentSyncCapability,
    TextDocumentSyncKind, Uri,
};

use crate::scenario::diagnostic::{Diagnostic, Severity};
use position::{offset_of, range_of};
use project::{Overlay, Project};
use symbols::{Def, Kind};

/// Why the server stopped other than by the editor's `shutdown`/`exit`.
#[derive(Debug)]
pub struct LspError(pub String);

impl std::fmt::Display for LspError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Serve one editor on stdin/stdout until it says `exit`.
pub fn serve_stdio() -> Result<(), LspError> {
    let (conn, io) = Connection::stdio();
    serve(&conn)?;
    drop(conn);
    io.join().map_err(|e| LspError(format!("lsp: {e}")))
}

/// Serve one editor on a connection (stdio in use, in memory in tests).
pub fn serve(conn: &Connection) -> Result<(), LspError> {
    let caps = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        definition_provider: Some(OneOf::Left(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["\"".into(), "$".into(), "{".into()]),
            ..CompletionOptions::default()
        }),
        ..ServerCapabilities::default()
    };
    let caps = serde_json::to_value(caps).map_err(|e| LspError(e.to_string()))?;
    conn.initialize(caps)
        .map_err(|e| LspError(format!("lsp: initialize: {e}")))?;
    let mut server = Server::default();
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) => {
                if conn
                    .handle_shutdown(&req)
                    .map_err(|e| LspError(e.to_string()))?
                {
                    return Ok(());
                }
                let resp = server.request(req);
                send(conn, Message::Response(resp))?;
            }
            Message::Notification(n) => {
                for out in server.notification(n) {
                    send(conn, Message::Notification(out))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

fn send(conn: &Connection, msg: Message) -> Result<(), LspError> {
    conn.sender
        .send(msg)
        .map_err(|_| LspError("lsp: the editor closed the connection".into()))
}

#[derive(Default)]
struct Server {
    overlay: Overlay,
}

impl Server {
    fn notification(&mut self, n: Notification) -> Vec<Notification> {
        let path = match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) =
                    n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                else {
                    return Vec::new();
                };
                let path = path_of(&p.text_document.uri);
                self.overlay.set(path.clone(), p.text_document.text);
                path
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) else {
                    return Vec::new();
                };
                let path = path_of(&p.text_document.uri);
                // full sync: the last change holds the whole text
                if let Some(c) = p.content_changes.into_iter().last() {
                    self.overlay.set(path.clone(), c.text);
                }
                path
            }
            DidSaveTextDocument::METHOD => {
                let Ok(p) =
                    n.extract::<lsp_types::DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD)
                else {
                    return Vec::new();
                };
                path_of(&p.text_document.uri)
            }
            DidCloseTextDocument::METHOD => {
                let Ok(p) = n
                    .extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                else {
                    return Vec::new();
                };
                let path = path_of(&p.text_document.uri);
                self.overlay.close(&path);
                path
            }
            _ => return Vec::new(),
        };
        self.publish(&path)
    }

    /// Diagnostics for every file of the project `path` belongs to.
    fn publish(&self, path: &Path) -> Vec<Notification> {
        let Some(project) = Project::of(path, &self.overlay) else {
            return Vec::new();
        };
        let texts: Vec<(String, String)> = project
            .files()
            .into_iter()
            .map(|f| (f.path.clone(), f.text.clone()))
            .collect();
        project
            .diagnostics()
            .into_iter()
            .filter_map(|(file, diags)| {
                let text = &texts.iter().find(|(p, _)| *p == file)?.1;
                let params = PublishDiagnosticsParams {
                    uri: uri_of(Path::new(&file))?,
                    diagnostics: diags.iter().map(|d| to_lsp(d, text)).collect(),
                    version: None,
                };
                Some(Notification::new(PublishDiagnostics::METHOD.into(), params))
            })
            .collect()
    }

    fn request(&self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            GotoDefinition::METHOD => req
                .extract::<GotoDefinitionParams>(GotoDefinition::METHOD)
                .ok()
                .map(|(_, p)| {
                    let at = p.text_document_position_params;
                    let locs = self.definition(&path_of(&at.text_document.uri), at.position);
                    serde_json::to_value(GotoDefinitionResponse::Array(locs))
                }),
            Completion::METHOD => req
                .extract::<CompletionParams>(Completion::METHOD)
                .ok()
                .map(|(_, p)| {
                    let at = p.text_document_position;
                    let items = self.completion(&path_of(&at.text_document.uri), at.position);
                    serde_json::to_value(CompletionResponse::Array(items))
                }),
            HoverRequest::METHOD => {
                req.extract::<HoverParams>(HoverRequest::METHOD)
                    .ok()
                    .map(|(_, p)| {
                        let at = p.text_document_position_params;
                        serde_json::to_value(
                            self.hover(&path_of(&at.text_document.uri), at.position),
                        )
                    })
            }
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("tradesim lsp does not answer {}", req.method),
                );
            }
        };
        match result {
            Some(Ok(v)) => Response::new_ok(id, v),
            _ => Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                "malformed parameters".into(),
            ),
        }
    }

    /// The name under the cursor and every definition in the project.
    fn lookup(&self, path: &Path, pos: lsp_types::Position) -> Option<(String, bool, Index)> {
        let text = self.overlay.read(path)?;
        let (range, word) = symbols::word_at(&text, offset_of(&text, pos))?;
        let var_ref =
            path.extension().is_some_and(|e| e == "ftl") && symbols::is_ftl_variable(&text, &range);
        let project = Project::of(path, &self.overlay)?;
        Some((word.to_string(), var_ref, Index::of(&project)))
    }

    fn definition(&self, path: &Path, pos: lsp_types::Position) -> Vec<Location> {
        let Some((word, var_ref, index)) = self.lookup(path, pos) else {
            return Vec::new();
        };
        let kinds: &[Kind] = if var_ref {
            &[Kind::Variable]
        } else {
            &[Kind::Node, Kind::Variable, Kind::Message]
        };
        for kind in kinds {
            let locs: Vec<Location> = index
                .defs
                .iter()
                .filter(|(_, _, d)| d.kind == *kind && d.name == word)
                .filter_map(|(file, text, d)| {
                    Some(Location::new(
                        uri_of(Path::new(file))?,
                        range_of(text, d.at.start, d.at.end),
                    ))
                })
                .collect();
            if !locs.is_empty() {
                return locs;
            }
        }
        Vec::new()
    }

    fn completion(&self, path: &Path, pos: lsp_types::Position) -> Vec<CompletionItem> {
        let Some(text) = self.overlay.read(path) else {
            return Vec::new();
        };
        let Some(project) = Project::of(path, &self.overlay) else {
            return Vec::new();
        };
        let offset = offset_of(&text, pos);
        let want = if path.extension().is_some_and(|e| e == "ftl") {
            let before = text[..offset].trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
            if before.ends_with('$') {
                Some(Kind::Variable)
            } else {
                Some(Kind::Message)
            }
        } else {
            symbols::ron_context(&text, offset)
        };
        let index = Index::of(&project);
        let mut seen = std::collections::BTreeSet::new();
        index
            .defs
            .iter()
            .filter(|(_, _, d)| want.is_none_or(|k| k == d.kind))
            .filter(|(_, _, d)| seen.insert((d.name.clone(), d.kind as u8)))
            .map(|(_, _, d)| CompletionItem {
                label: d.name.clone(),
                kind: Some(match d.kind {
                    Kind::Node => CompletionItemKind::REFERENCE,
                    Kind::Variable => CompletionItemKind::VARIABLE,
                    Kind::Message => CompletionItemKind::TEXT,
                }),
                detail: Some(match d.kind {
                    Kind::Node => "node".to_string(),
                    Kind::Variable => "variable".to_string(),
                    Kind::Message => index.message_text(&d.name).unwrap_or_default(),
                }),
                ..CompletionItem::default()
            })
            .collect()
    }

    fn hover(&self, path: &Path, pos: lsp_types::Position) -> Option<Hover> {
        let (word, var_ref, index) = self.lookup(path, pos)?;
        let def = index
            .defs
            .iter()
            .find(|(_, _, d)| d.name == word && (!var_ref || d.kind == Kind::Variable))?;
        let value = match def.2.kind {
            Kind::Message => {
                let mut s = format!("**{word}**");
                for (lang, text) in &index.locales {
                    if let Some(t) = symbols::ftl_text(text, &word) {
                        s.push_str(&format!("\n\n{lang}: {t}"));
                    } else {
                        s.push_str(&format!("\n\n{lang}: (missing)"));
                    }
                }
                s
            }
            Kind::Node => format!("node `{word}`"),
            Kind::Variable => {
                let (_, text, d) = def;
                let line_start = text[..d.at.start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[d.at.start..]
                    .find('\n')
                    .map_or(text.len(), |i| d.at.start + i);
                format!("variable: `{}`", text[line_start..line_end].trim())
            }
        };
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: None,
        })
    }
}

/// Every definition in a project, with the file and text it is in.
struct Index {
    defs: Vec<(String, String, Def)>,
    /// Fluent texts by locale, en-US first.
    locales: Vec<(String, String)>,
}

impl Index {
    fn of(project: &Project) -> Index {
        let (ron, locales) = project.texts();
        let mut defs = Vec::new();
        if let Some(r) = ron {
            defs.extend(
                symbols::ron_defs(&r.text)
                    .into_iter()
                    .map(|d| (r.path.clone(), r.text.clone(), d)),
            );
        }
        for (_, f) in &locales {
            defs.extend(
                symbols::ftl_defs(&f.text)
                    .into_iter()
                    .map(|d| (f.path.clone(), f.text.clone(), d)),
            );
        }
        Index {
            defs,
            locales: locales
                .into_iter()
                .map(|(l, f)| (l.to_string(), f.text.clone()))
                .collect(),
        }
    }

    fn message_text(&self, id: &str) -> Option<String> {
        self.locales
            .iter()
            .find_map(|(_, t)| symbols::ftl_text(t, id))
    }
}

fn to_lsp(d: &Diagnostic, text: &str) -> lsp_types::Diagnostic {
    let mut message = d.message.clone();
    if let Some(h) = &d.hint {
        message.push_str("\nhint: ");
        message.push_str(h);
    }
    lsp_types::Diagnostic {
        range: range_of(text, d.start, d.end),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        source: Some("tradesim".into()),
        message,
        ..lsp_types::Diagnostic::default()
    }
}

/// `file:///a%20b/x.ron` -> `/a b/x.ron`.
fn path_of(uri: &Uri) -> PathBuf {
    let s = uri.as_str();
    let s = s.strip_prefix("file://").unwrap_or(s);
    PathBuf::from(percent_decode(s))
}

fn uri_of(path: &Path) -> Option<Uri> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let mut s = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            s.push(char::from(b));
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    Uri::from_str(&s).ok()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_round_trip_spaces_and_chinese() {
        let p = Path::new("/tmp/课程 one/scenarios/x.ron");
        let u = uri_of(p).unwrap();
        assert!(u.as_str().starts_with("file:///tmp/%E8%AF%BE"));
        assert_eq!(path_of(&u), p);
    }
}
