//! Issue 17, records, in the app: a journal of another scenario version is refused with a
//! message (and stays offered, to be discarded), and a call open in another window of the
//! same trainee is not offered for resuming.

mod common;

use std::path::Path;

use bevy::prelude::*;

use callcoach_app::Screen;
use callcoach_app::active_call::{CallAction, Notice, Pending};
use callcoach_app::prefs::Prefs;
use callcoach_core::records::journal;
use common::{headless_app, screen, sign_in};

fn app(data: &Path) -> App {
    headless_app(
        data,
        Prefs {
            trainee: "Ala Test".into(),
            ..Prefs::default()
        },
    )
}

fn send(app: &mut App, action: CallAction) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn start(app: &mut App) {
    sign_in(app);
    send(
        app,
        CallAction::Start {
            scenario: "job-loss-hardship".into(),
            seed: Some(11),
        },
    );
    assert_eq!(screen(app), Screen::Call);
    send(app, CallAction::Pick(0));
}

#[test]
fn a_journal_of_another_version_is_refused_and_stays_offered() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app(dir.path());
        start(&mut app);
        // The app is dropped without finishing: as if killed.
    }
    // The scenario changed since: the journal names another version and content.
    let u = journal::read_journal(dir.path(), "Ala Test")
        .unwrap()
        .unwrap();
    let version = u.meta.version;
    let mut meta = u.meta.clone();
    meta.version += 1;
    meta.content_hash = "feedfacefeedface".into();
    let text = std::fs::read_to_string(&u.path).unwrap();
    let (_, rest) = text.split_once('\n').unwrap();
    std::fs::write(&u.path, serde_json::to_string(&meta).unwrap() + "\n" + rest).unwrap();

    let mut app = app(dir.path());
    sign_in(&mut app);
    assert!(app.world().resource::<Pending>().0.is_some(), "offered");
    send(&mut app, CallAction::Resume);
    assert_eq!(screen(&app), Screen::Library);
    assert_eq!(
        app.world().resource::<Notice>().0.as_deref(),
        Some(
            format!(
                "This unfinished call was played on version {} of job-loss-hardship, but the \
                 library now has version {version}: it cannot be resumed on other content. \
                 Discard it, or bring back that version to finish it.",
                version + 1
            )
            .as_str()
        )
    );
    // Still offered, so that it can be discarded; discarding removes it.
    assert!(app.world().resource::<Pending>().0.is_some());
    send(&mut app, CallAction::Discard);
    assert!(!u.path.exists());
}

#[test]
fn a_call_open_in_another_window_is_not_offered() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = app(dir.path());
    start(&mut first);
    let mut second = app(dir.path());
    sign_in(&mut second);
    assert!(
        second.world().resource::<Pending>().0.is_none(),
        "the running call is not offered elsewhere"
    );
    // Once the first window is gone (closed or killed), the call is offered.
    drop(first);
    let mut third = app(dir.path());
    sign_in(&mut third);
    assert!(third.world().resource::<Pending>().0.is_some());
}
