//! `tradesim serve --practice --listen ADDR --class DIR [--class-code-file F]
//! [--class-list CSV] [--scenarios DIR]`: a lab's classroom over SSH. Students type
//! `ssh -p PORT STUDENT@HOST` and the class code; they play any scenario in practice mode
//! and their attempts stay on the server, in DIR/STUDENT/, for `tradesim report DIR`.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use super::serve::Args;
use super::{Cli, Failure, Outcome, library};
use crate::record::manifest::check_roster;
use crate::record::roster::Roster;
use crate::serve::practice::Class;
use crate::serve::practice::store::class_code;
use crate::serve::public_keys::PublicKeys;

#[derive(clap::Args, Debug)]
pub struct ClassArgs {
    /// A classroom instead of an exam: practice mode, no session, no signing key.
    #[arg(long, requires = "class")]
    pub practice: bool,
    /// The class folder: the class code's hash, the host key, a folder per student.
    #[arg(long, value_name = "DIR", requires = "practice")]
    pub class: Option<PathBuf>,
    /// A file holding the class code the students type (at least 8 letters or digits).
    /// Only its argon2 hash is kept, in DIR/class.json; later starts reuse it, so the file
    /// can be deleted. Giving it again changes the code.
    #[arg(long, value_name = "FILE", requires = "practice")]
    pub class_code_file: Option<PathBuf>,
    /// CSV with `id` and `name` columns (and an optional `key` column of OpenSSH public
    /// keys): only these students may sign in. Default: any usable student id.
    #[arg(long, value_name = "FILE", requires = "practice")]
    pub class_list: Option<PathBuf>,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let c = &args.class;
    let Some(dir) = c.class.as_ref().filter(|_| c.practice) else {
        return Err(Failure::input(
            "serve needs SESSION and --key-file (an exam), or --practice --class DIR (a classroom)",
        ));
    };
    let code = c
        .class_code_file
        .as_ref()
        .map(|p| {
            std::fs::read_to_string(p).map_err(|e| Failure::input(format!("{}: {e}", p.display())))
        })
        .transpose()?;
    let hash = class_code(dir, code.as_deref()).map_err(Failure::input)?;
    let (allowed, keys) = match &c.class_list {
        Some(p) => {
            let r = Roster::load(p).map_err(Failure::input)?;
            let ids = r.ids();
            check_roster(&ids).map_err(|e| Failure::input(format!("{}: {e}", p.display())))?;
            let keys = PublicKeys::from_lines(r.keys()).map_err(Failure::input)?;
            (Some(ids.into_iter().collect::<BTreeSet<_>>()), keys)
        }
        None => (None, PublicKeys::default()),
    };
    let scenarios: Vec<_> = library(cli)?
        .list()
        .into_iter()
        .map(|(f, shadows)| (f.clone(), shadows))
        .collect();
    let (host, fingerprint) = super::serve::load_host_key(args, dir)?;
    let who = match &allowed {
        Some(l) => format!("{} student(s) on the class list", l.len()),
        None => "any student id".to_string(),
    };
    let n = scenarios.len();
    let class = Arc::new(Class::new(dir.clone(), hash, allowed, keys, scenarios));
    crate::serve::open(class, &args.listen, host, |addr| {
        say!("serving practice ({n} scenarios, {who}) on {addr}");
        say!("host key {fingerprint}");
        let _ = std::io::stdout().flush();
        Ok(())
    })
    .map_err(Failure::input)
}
