mod tui_support;
use tui_support::*;
#[test]
fn peek() {
    for (name, mut app) in all_screens(&std::env::var("PEEK_LOCALE").unwrap_or("en-US".into())) {
        let (w, h) = (std::env::var("PEEK_W").ok().and_then(|v| v.parse().ok()).unwrap_or(80), std::env::var("PEEK_H").ok().and_then(|v| v.parse().ok()).unwrap_or(24));
        println!("=== {name}\n{}", screen(&mut app, w, h));
    }
}
