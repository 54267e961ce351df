//! Work off the main thread, polled once a frame: [`Background`] runs one task on Bevy's
//! async compute pool and hands its result over when it is done; [`PerLanguage`] keeps a
//! result computed for one UI language and computes it again when the language changes.
//!
//! Polling never blocks: each frame asks a finished-or-not question. The systems that poll
//! also ask [`crate::redraw::Redraw::poll_soon`] while the task runs, so an idle app still
//! wakes up to collect the result.

use std::sync::Arc;

use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};

/// One piece of background work, with what its caller keeps beside it (`M`: the version,
/// language or start time it was started for).
pub struct Background<T, M = ()> {
    running: Option<(M, Task<T>)>,
}

impl<T, M> Default for Background<T, M> {
    fn default() -> Self {
        Background { running: None }
    }
}

impl<T: Send + 'static, M> Background<T, M> {
    /// Starts `work` on the async compute pool (dropping, and so cancelling, any task running).
    pub fn start(&mut self, about: M, work: impl FnOnce() -> T + Send + 'static) {
        let task = AsyncComputeTaskPool::get().spawn(async move { work() });
        self.running = Some((about, task));
    }

    /// Whether a task is running (started and its result not yet taken).
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// What the running task was started for.
    pub fn about(&self) -> Option<&M> {
        self.running.as_ref().map(|(about, _)| about)
    }

    /// The result, once: `Some` on the first poll after the task has finished.
    pub fn poll(&mut self) -> Option<(M, T)> {
        let (_, task) = self.running.as_mut()?;
        let value = block_on(poll_once(task))?;
        self.running.take().map(|(about, _)| (about, value))
    }

    /// Drops the running task, if any (Bevy cancels a dropped task).
    pub fn cancel(&mut self) {
        self.running = None;
    }
}

/// A result computed in the background for one UI language (a debrief in the words the
/// trainee reads), with the language it was computed in.
pub struct PerLanguage<T> {
    done: Option<(String, Arc<T>)>,
    running: Background<T, String>,
}

impl<T> Default for PerLanguage<T> {
    fn default() -> Self {
        PerLanguage {
            done: None,
            running: Background::default(),
        }
    }
}

impl<T: Send + 'static> PerLanguage<T> {
    /// The result in `lang`, if it is ready.
    pub fn get(&self, lang: &str) -> Option<&Arc<T>> {
        self.done
            .as_ref()
            .filter(|(l, _)| l == lang)
            .map(|(_, v)| v)
    }

    /// The last result in any language, with its language.
    pub fn latest(&self) -> Option<&(String, Arc<T>)> {
        self.done.as_ref()
    }

    /// Whether a computation is running.
    pub fn is_running(&self) -> bool {
        self.running.is_running()
    }

    /// Takes a finished result; whether one arrived this time.
    pub fn poll(&mut self) -> bool {
        match self.running.poll() {
            Some((lang, value)) => {
                self.done = Some((lang, Arc::new(value)));
                true
            }
            None => false,
        }
    }

    /// Whether `lang` needs computing: nothing is running and no result is in `lang`.
    pub fn wants(&self, lang: &str) -> bool {
        !self.is_running() && self.get(lang).is_none()
    }

    /// Computes the result for `lang` in the background.
    pub fn start(&mut self, lang: String, work: impl FnOnce() -> T + Send + 'static) {
        self.running.start(lang, work);
    }
}
