//! Redraw only when something changes.
//!
//! Why a plain bevy_egui app burns CPU at rest (found with `CALLCOACH_DEBUG_REDRAW=1`, which
//! logs egui's repaint causes and input events each frame):
//! 1. bevy_egui adds an `Event::ModifiersChanged` to egui's input every frame, changed or not;
//!    egui asks for an immediate repaint whenever its input holds any event; so every frame
//!    asks for the next one ([`drop_unchanged_modifiers`] fixes it).
//! 2. bevy_egui's `process_output_system` sends a `RequestRedraw` whenever
//!    `egui::Context::has_requested_repaint()` is true, and that is true for *delayed* repaint
//!    requests too (egui asks for a repaint "in 0.5 s" for the blinking text cursor, "in N s"
//!    for tooltips). A delayed request is thus turned into an immediate one.
//!
//! What we do instead: read egui's own repaint delay from its output (before bevy_egui takes
//! it), drop the `RequestRedraw` messages bevy_egui wrote, redraw now only for a zero delay or
//! for a change of our own ([`Redraw::request`]), and turn a non-zero delay (and the answer
//! countdown, and background work) into a wake-up from a small timer thread.
//!
//! A second trap, found while measuring: bevy_winit forces an immediate redraw whenever the
//! `WinitSettings` update mode changes, so the wake-up time must not be set through it.
//!
//! A third, found by a mouse user (a click on "Continue" did nothing, Enter worked): egui's
//! clock. bevy_egui gives egui `Time<Real>`, and the main world's real time is the instant
//! the *previous* frame finished rendering (bevy_render sends it back). After the app has
//! slept, a frame woken by a button press is therefore dated when the app fell asleep; the
//! release, a frame later, is dated now; egui sees a press held longer than its 0.8 s click
//! limit and no click. [`fresh_egui_clock`] dates egui's input by the wall clock instead.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, WinitSettings, WinitUserEvent};
use bevy_egui::{EguiFullOutput, EguiInput, EguiPostUpdateSet, EguiPreUpdateSet, egui};

/// Delays at least this long are left to winit's own idle wake-up (`desktop_app`: 5 s).
const IDLE_WAIT: Duration = Duration::from_secs(5);

/// Redraw requests of the app's own systems, and wake-ups it needs.
#[derive(Resource, Debug, Default)]
pub struct Redraw {
    now: bool,
    /// Wake up within this long (the countdown's next second, a background task to poll).
    wake: Option<Duration>,
    /// egui's requested delay from the last pass.
    egui_delay: Option<Duration>,
    /// Continuous mode (scripted runs under Xvfb).
    pub continuous: bool,
    /// Frames drawn since start (for tests and the figures script).
    pub frames: u64,
}

impl Redraw {
    /// Something changed: draw again now.
    pub fn request(&mut self) {
        self.now = true;
    }

    /// Wake up again within `d` even if nothing happens.
    pub fn wake_within(&mut self, d: Duration) {
        self.wake = Some(self.wake.map_or(d, |w| w.min(d)));
    }

    /// Background work is running: poll it soon.
    pub fn poll_soon(&mut self) {
        self.wake_within(Duration::from_millis(50));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Redraw>()
        .insert_resource(WinitSettings::desktop_app())
        .add_systems(
            PostUpdate,
            read_egui_delay
                .after(EguiPostUpdateSet::EndPass)
                .before(EguiPostUpdateSet::ProcessOutput),
        )
        .add_systems(Startup, start_waker)
        .add_systems(
            PreUpdate,
            (drop_unchanged_modifiers, fresh_egui_clock)
                .after(EguiPreUpdateSet::ProcessInput)
                .before(EguiPreUpdateSet::BeginPass),
        )
        .add_systems(Last, (decide, first_frame));
}

/// Prints `callcoach: first frame after N ms` once the app has drawn (every run; the
/// figures script reads it).
fn first_frame(redraw: Res<Redraw>, mut done: Local<bool>) {
    if !*done && redraw.frames >= 3 {
        *done = true;
        let ms = crate::STARTED.get().map_or(0, |t| t.elapsed().as_millis());
        let unix_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("callcoach: first frame after {ms} ms (unix ms {unix_ms})");
    }
}

/// A thread that wakes the event loop at a given time (egui's delayed repaints, the countdown,
/// polling background work), so the loop can otherwise sleep.
#[derive(Resource, Clone)]
struct Waker(Arc<(Mutex<Option<Instant>>, Condvar)>);

impl Waker {
    fn wake_in(&self, d: Duration) {
        let at = Instant::now() + d;
        let (lock, cv) = &*self.0;
        if let Ok(mut deadline) = lock.lock()
            && deadline.is_none_or(|t| at < t)
        {
            *deadline = Some(at);
            cv.notify_one();
        }
    }
}

fn start_waker(mut commands: Commands, proxy: Option<Res<EventLoopProxyWrapper>>) {
    let Some(proxy) = proxy else { return };
    let proxy = (**proxy).clone();
    let waker = Waker(Arc::new((Mutex::new(None), Condvar::new())));
    let shared = Arc::clone(&waker.0);
    let spawned = std::thread::Builder::new()
        .name("callcoach-waker".into())
        .spawn(move || {
            let (lock, cv) = &*shared;
            let Ok(mut deadline) = lock.lock() else {
                return;
            };
            loop {
                match *deadline {
                    None => match cv.wait(deadline) {
                        Ok(g) => deadline = g,
                        Err(_) => return,
                    },
                    Some(t) if Instant::now() >= t => {
                        *deadline = None;
                        if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                            return; // the event loop is gone
                        }
                    }
                    Some(t) => match cv.wait_timeout(deadline, t - Instant::now()) {
                        Ok((g, _)) => deadline = g,
                        Err(_) => return,
                    },
                }
            }
        });
    match spawned {
        Ok(_) => {
            commands.insert_resource(waker);
        }
        Err(e) => warn!("no waker thread ({e}): timed redraws fall back to the idle wait"),
    }
}

fn debug_enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CALLCOACH_DEBUG_REDRAW").is_some())
}

fn naive() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CALLCOACH_NAIVE_REDRAW").is_some())
}

/// bevy_egui pushes `Event::ModifiersChanged` into egui's input on *every* frame, changed or
/// not; egui repaints immediately whenever its input has any event, so each frame caused the
/// next. Keep the event only when the modifiers really changed.
fn drop_unchanged_modifiers(
    mut inputs: Query<&mut EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        let raw = &mut input.0;
        raw.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// Dates egui's input by the wall clock at the start of this pass (seconds since the app
/// started), not by the previous frame's end: a click after a pause is then a click.
fn fresh_egui_clock(mut inputs: Query<&mut EguiInput>, mut start: Local<Option<Instant>>) {
    let start =
        *start.get_or_insert_with(|| crate::STARTED.get().copied().unwrap_or_else(Instant::now));
    let now = start.elapsed().as_secs_f64();
    for mut input in &mut inputs {
        input.0.time = Some(now);
    }
}

/// Reads the repaint delay egui asked for in this pass.
fn read_egui_delay(outputs: Query<&EguiFullOutput>, mut redraw: ResMut<Redraw>) {
    let delay = outputs
        .iter()
        .filter_map(|o| o.0.as_ref())
        .filter_map(|o| o.viewport_output.get(&egui::ViewportId::ROOT))
        .map(|v| v.repaint_delay)
        .min();
    redraw.egui_delay = delay;
}

/// Replaces bevy_egui's redraw requests with ours and sets when the loop wakes next.
fn decide(
    mut requests: ResMut<Messages<RequestRedraw>>,
    mut redraw: ResMut<Redraw>,
    mut settings: ResMut<WinitSettings>,
    waker: Option<Res<Waker>>,
) {
    redraw.frames += 1;
    if debug_enabled() {
        eprintln!(
            "redraw: frame {} egui delay {:?} ours {} bevy_egui requests {}",
            redraw.frames,
            redraw.egui_delay,
            redraw.now,
            requests.len()
        );
    }
    if naive() {
        // For measuring: leave bevy_egui's behaviour alone (`CALLCOACH_NAIVE_REDRAW=1`).
        if redraw.now {
            requests.write(RequestRedraw);
        }
        redraw.now = false;
        return;
    }
    requests.clear();
    let egui_now = redraw.egui_delay.is_some_and(|d| d.is_zero());
    if redraw.now || egui_now {
        requests.write(RequestRedraw);
    }
    let egui_later = redraw.egui_delay.filter(|d| !d.is_zero() && *d < IDLE_WAIT);
    let wait = [redraw.wake, egui_later].into_iter().flatten().min();
    if let (Some(wait), Some(waker)) = (wait, waker) {
        waker.wake_in(wait.max(Duration::from_millis(10)));
    }
    // The update mode is changed only when a script starts or stops: bevy_winit forces a
    // redraw on every change of mode, so a per-frame wait here would itself keep it busy.
    let wanted = if redraw.continuous {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    };
    if settings.focused_mode != wanted.focused_mode {
        *settings = wanted;
    }
    redraw.now = false;
    redraw.wake = None;
}
