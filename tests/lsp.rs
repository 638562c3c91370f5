//! A scripted editor talks to `tradesim lsp` over stdio: it opens a scenario with a mistake,
//! receives lint's diagnostics, asks for a definition, a completion and a hover, fixes the
//! mistake and sees the diagnostics cleared, then shuts the server down.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

struct Editor {
    child: Child,
    stdin: ChildStdin,
    inbox: Receiver<Value>,
    next_id: i64,
}

impl Editor {
    fn start() -> Editor {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tradesim"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tradesim lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, inbox) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse().unwrap();
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        Editor {
            child,
            stdin,
            inbox,
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request and return its result, keeping notifications that arrive meanwhile.
    fn request(&mut self, method: &str, params: Value, seen: &mut Vec<Value>) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let msg = self.recv();
            if msg["id"] == json!(id) {
                assert!(msg.get("error").is_none(), "{method}: {msg}");
                return msg["result"].clone();
            }
            seen.push(msg);
        }
    }

    fn recv(&self) -> Value {
        self.inbox
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answers within 30 s")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics_for(&self, uri: &str, seen: &mut Vec<Value>) -> Vec<Value> {
        if let Some(i) = seen.iter().position(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        }) {
            let m = seen.remove(i);
            return m["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let m = self.recv();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

fn uri(p: &Path) -> String {
    let mut s = String::from("file://");
    for b in p.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            s.push(char::from(b));
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// 0-based line and UTF-16 column of the first `needle` in `text` (plus `skip` chars).
fn pos(text: &str, needle: &str, skip: usize) -> Value {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..at].matches('\n').count();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let col: usize = text[line_start..at]
        .chars()
        .map(char::len_utf16)
        .sum::<usize>()
        + skip;
    json!({"line": line, "character": col})
}

fn project() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("scenarios")).unwrap();
    for lang in ["en-US", "zh-CN"] {
        let to = dir.path().join("locales").join(lang);
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(
            root.join("locales").join(lang).join("tutorial.ftl"),
            to.join("tutorial.ftl"),
        )
        .unwrap();
    }
    let ron_path = dir.path().join("scenarios/tutorial.ron");
    let text = std::fs::read_to_string(root.join("scenarios/tutorial.ron")).unwrap();
    std::fs::write(&ron_path, &text).unwrap();
    (dir, ron_path, text)
}

#[test]
fn an_editor_gets_diagnostics_definitions_completion_and_hover() {
    let (dir, ron_path, good) = project();
    let ron_uri = uri(&ron_path);
    // the first `goto` target, misspelled
    let goto_at = good.find("goto: \"").unwrap() + "goto: \"".len();
    let target: String = good[goto_at..].chars().take_while(|c| *c != '"').collect();
    let bad = format!(
        "{}{}x{}",
        &good[..goto_at],
        target,
        &good[goto_at + target.len()..]
    );

    let mut ed = Editor::start();
    let mut seen = Vec::new();
    let init = ed.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(dir.path()), "capabilities": {}}),
        &mut seen,
    );
    assert_eq!(init["capabilities"]["definitionProvider"], json!(true));
    ed.notify("initialized", json!({}));
    ed.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": ron_uri, "languageId": "ron", "version": 1, "text": bad}}),
    );
    let diags = ed.diagnostics_for(&ron_uri, &mut seen);
    let missing: Vec<&Value> = diags
        .iter()
        .filter(|d| d["code"] == "missing-target")
        .collect();
    assert_eq!(missing.len(), 1, "{diags:?}");
    assert_eq!(missing[0]["severity"], json!(1));
    assert_eq!(
        missing[0]["range"]["start"]["line"],
        pos(&bad, &format!("{target}x"), 0)["line"]
    );
    assert!(
        missing[0]["message"]
            .as_str()
            .unwrap()
            .contains(&format!("{target}x"))
    );

    // definition: from the goto (the good text) to the node's id
    ed.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": ron_uri, "version": 2}, "contentChanges": [{"text": good}]}),
    );
    let diags = ed.diagnostics_for(&ron_uri, &mut seen);
    assert!(diags.is_empty(), "fixed text still has {diags:?}");
    let def = ed.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": ron_uri}, "position": pos(&good, &format!("goto: \"{target}"), 8)}),
        &mut seen,
    );
    let def = def.as_array().unwrap();
    assert_eq!(def.len(), 1, "{def:?}");
    assert_eq!(def[0]["uri"], json!(ron_uri));
    assert_eq!(
        def[0]["range"]["start"],
        pos(&good, &format!("id: \"{target}\""), 5)
    );

    // definition of a message id: its line in en-US and zh-CN
    let msg_at = good.find("text: \"").unwrap() + "text: \"".len();
    let msg: String = good[msg_at..].chars().take_while(|c| *c != '"').collect();
    let def = ed.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": ron_uri}, "position": pos(&good, &format!("text: \"{msg}\""), 8)}),
        &mut seen,
    );
    let uris: Vec<&str> = def
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["uri"].as_str().unwrap())
        .collect();
    assert_eq!(uris.len(), 2, "{def}");
    assert!(uris[0].ends_with("/locales/en-US/tutorial.ftl"), "{uris:?}");
    assert!(uris[1].ends_with("/locales/zh-CN/tutorial.ftl"), "{uris:?}");

    // completion after `goto: "` offers node ids only
    let comp = ed.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": ron_uri}, "position": pos(&good, "goto: \"", 7)}),
        &mut seen,
    );
    let labels: Vec<&str> = comp
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&target.as_str()), "{labels:?}");
    assert!(!labels.contains(&msg.as_str()), "{labels:?}");

    // hover on the message id shows both languages
    let hover = ed.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": ron_uri}, "position": pos(&good, &format!("text: \"{msg}\""), 8)}),
        &mut seen,
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("en-US: ") && value.contains("zh-CN: "),
        "{value}"
    );
    assert!(!value.contains("(missing)"), "{value}");

    // in a Fluent file, `$days_left` leads to the variable in the .ron
    let ftl_path = dir.path().join("locales/en-US/tutorial.ftl");
    let ftl = std::fs::read_to_string(&ftl_path).unwrap();
    let def = ed.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": uri(&ftl_path)}, "position": pos(&ftl, "$days_left", 3)}),
        &mut seen,
    );
    let def = def.as_array().unwrap();
    assert_eq!(def.len(), 1, "{def:?}");
    assert_eq!(def[0]["uri"], json!(ron_uri));
    assert_eq!(def[0]["range"]["start"], pos(&good, "\"days_left\":", 1));

    let shut = ed.request("shutdown", Value::Null, &mut seen);
    assert_eq!(shut, Value::Null);
    ed.notify("exit", Value::Null);
    let status = ed.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}
