//! Writes a generated library to a folder, to time the release CLI on large content
//! (docs/performance.md):
//!
//! ```text
//! cargo run --release -p callcoach-core --example synth_library -- chain 300000 /tmp/chain
//! cargo run --release -p callcoach-core --example synth_library -- choices 100000 /tmp/wide
//! cargo run --release -p callcoach-core --example synth_library -- layered 10000 /tmp/big
//! target/release/callcoach check /tmp/chain
//! ```
//!
//! `chain N`: N nodes, one after the other (`callcoach_core::synth` with N layers);
//! `line N`: N `Say` nodes of one choice each, one after the other, then an End;
//! `choices N`: the 8-node library with N more choices on its start node;
//! `layered N`: the default layered scenario of N nodes.

use std::path::PathBuf;

use callcoach_core::synth::{self, Spec};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, n, dir] = args.as_slice() else {
        eprintln!("usage: synth_library chain|line|choices|layered <n> <folder>");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("a number");
    let files = match kind.as_str() {
        "chain" => synth::files(&Spec {
            depth: Some(n.max(8) - 4),
            ..Spec::new(n)
        }),
        "layered" => synth::files(&Spec::new(n)),
        "choices" => synth::files_with_choices(n),
        "line" => synth::line_files(n),
        other => {
            eprintln!("unknown kind {other}");
            std::process::exit(2);
        }
    };
    let dir = PathBuf::from(dir);
    for f in files {
        let path = dir.join(&f.path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder created");
        std::fs::write(&path, &f.bytes).expect("file written");
    }
}
