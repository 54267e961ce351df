//! A real Ralph LRS for a test: started on 127.0.0.1 at a free port with its own data folder,
//! stopped when dropped. Its Python comes from `CALLCOACH_RALPH_PYTHON`, else
//! `target/ralph-venv/bin/python` (`scripts/ralph.sh install`, which `scripts/test.sh` runs).
//! A missing Ralph fails the test with the command to run: never a silent skip.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The user and password every test Ralph accepts (HTTP Basic).
pub const USER: &str = "test";
pub const PASSWORD: &str = "secret";

/// A running Ralph.
pub struct Ralph {
    child: Child,
    /// The xAPI endpoint (`http://127.0.0.1:<port>/xAPI`), without credentials.
    pub endpoint: String,
    /// Its port.
    pub port: u16,
    /// Its data folder (statements in `fs_lrs.jsonl`, its log in `ralph.log`).
    pub dir: tempfile::TempDir,
}

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("CALLCOACH_RALPH_PYTHON") {
        return PathBuf::from(p);
    }
    super::shipped().join("target/ralph-venv/bin/python")
}

impl Ralph {
    /// Starts Ralph and waits (up to 60 s) until it answers a statements query.
    pub fn start() -> Ralph {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        Ralph::start_on(port)
    }

    /// Starts Ralph on `port` (to restart one that was stopped, at the same address).
    pub fn start_on(port: u16) -> Ralph {
        let dir = tempfile::tempdir().expect("tempdir");
        Ralph::start_in(port, dir)
    }

    /// Starts Ralph on `port` with the data folder `dir` (kept from a Ralph that was stopped).
    pub fn start_in(port: u16, dir: tempfile::TempDir) -> Ralph {
        let python = python();
        assert!(
            python.exists(),
            "Ralph is not installed at {}: run `scripts/ralph.sh install` (or set CALLCOACH_RALPH_PYTHON)",
            python.display()
        );
        let log = std::fs::File::create(dir.path().join("ralph.log")).expect("log file");
        let child = Command::new(&python)
            .arg(super::shipped().join("tools/ralph/serve.py"))
            .args(["--dir".as_ref(), dir.path().as_os_str()])
            .args([
                "--port",
                &port.to_string(),
                "--user",
                USER,
                "--password",
                PASSWORD,
            ])
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start Ralph");
        let mut ralph = Ralph {
            child,
            endpoint: format!("http://127.0.0.1:{port}/xAPI"),
            port,
            dir,
        };
        let started = Instant::now();
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok()
                && ralph.get("statements?limit=1").is_ok()
            {
                return ralph;
            }
            if let Ok(Some(status)) = ralph.child.try_wait() {
                panic!("Ralph exited ({status}): {}", ralph.log());
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "Ralph did not answer in 60 s: {}",
                ralph.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Ralph's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("ralph.log")).unwrap_or_default()
    }

    /// GET `<endpoint>/<path>` with the test credentials; the body as JSON.
    pub fn get(&self, path: &str) -> Result<serde_json::Value, String> {
        let url = format!("{}/{}", self.endpoint, path.trim_start_matches('/'));
        let auth = format!(
            "Basic {}",
            base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                format!("{USER}:{PASSWORD}")
            )
        );
        let mut resp = ureq::get(&url)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Authorization", &auth)
            .call()
            .map_err(|e| format!("GET {url}: {e}"))?;
        let text = resp
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_string()
            .map_err(|e| format!("GET {url}: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("GET {url}: {e}"))
    }

    /// Every statement Ralph holds, following `more` links.
    pub fn all_statements(&self) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        let mut next = "statements?limit=500".to_string();
        loop {
            let page = self.get(&next).expect("read statements");
            out.extend(page["statements"].as_array().cloned().unwrap_or_default());
            match page["more"].as_str() {
                Some(more) if !more.is_empty() => {
                    // `more` is an absolute path on the server (`/xAPI/statements?...`).
                    next = more
                        .trim_start_matches('/')
                        .trim_start_matches("xAPI/")
                        .to_string();
                }
                _ => return out,
            }
        }
    }

    /// Stops Ralph and gives back its data folder (to start it again with the same data).
    pub fn stop(mut self) -> tempfile::TempDir {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let dir = tempfile::tempdir().expect("tempdir");
        std::mem::replace(&mut self.dir, dir)
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
