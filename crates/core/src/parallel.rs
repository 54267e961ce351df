//! One small parallel map for independent work items (checking scenarios, reading records).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `work` to every item on up to `max_threads` threads (never more than the machine's
/// cores or the number of items) and returns the results in the items' order.
///
/// Threads take the next unstarted item until none is left, so one slow item does not hold
/// up the others. A panic in `work` is not swallowed: once every thread has stopped, the
/// first panic is resumed on the calling thread.
pub fn map<T, R, F>(items: &[T], max_threads: usize, work: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(max_threads)
        .min(items.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else { break };
                        done.push((index, work(item)));
                    }
                    done
                })
            })
            .collect();
        let mut all = Vec::with_capacity(items.len());
        let mut first_panic = None;
        for worker in workers {
            match worker.join() {
                Ok(done) => all.extend(done),
                Err(payload) => {
                    first_panic.get_or_insert(payload);
                }
            }
        }
        if let Some(payload) = first_panic {
            std::panic::resume_unwind(payload);
        }
        all
    });
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        let squares = map(&items, usize::MAX, |n| n * n);
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(map(&[] as &[u8], 4, |n| *n).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 7 is bad")]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let items: Vec<u32> = (0..20).collect();
        map(&items, 4, |&n| {
            assert!(n != 7, "item {n} is bad");
            n
        });
    }
}
