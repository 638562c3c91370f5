//! Compiles the shipped scenarios and locales into the binary, so `tradesim` works from any
//! folder after `cargo install`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-changed=scenarios");
    println!("cargo:rerun-if-changed=locales");
    let mut files = Vec::new();
    collect(&root.join("scenarios"), "ron", &mut files);
    collect(&root.join("locales"), "ftl", &mut files);
    files.sort();
    let mut code = String::from("pub static SHIPPED: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("shipped.rs");
    std::fs::write(out, code).unwrap();
}
