//! `cargo bench --no-default-features`: the core's costs over the shipped content and over
//! generated content of growing size (docs/performance.md has the figures and targets).
//!
//! `check` caches its analyses per content in-process, so every timed check runs on a copy
//! whose scenario texts carry a fresh comment (see `uncached`): the figures are cold checks.
//!
//! Groups (filter with `cargo bench --no-default-features -- <group>`):
//! - `shipped`: load + check the whole shipped library; check each shipped scenario.
//! - `check`: load and check one generated scenario of 1,000 / 10,000 / 100,000 nodes.
//! - `check-cache`: load + check the shipped library with the disk analysis cache empty,
//!   full, and full but for one edited scenario.
//! - `walk`: random-walk throughput (choices per second) on the largest shipped scenario and
//!   on generated ones.
//! - `best_path`: the best-path search on every shipped scenario and on generated ones.
//! - `records`: scoring 1,000 / 10,000 / 100,000 finished calls, and the cohort report
//!   (read + verify + summarise) over as many record files with the verification cache empty
//!   (cold: every record checked) and full (warm), the same for the table report's digests
//!   (`table warm cache`: no record parsed; `table cold cache`), and the coordinator dashboard's
//!   figures over the loaded cohort (with the arrangements per trainee); set
//!   `CALLCOACH_BENCH_MAX_RECORDS=10000` to leave out the 100,000-record cohort.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use callcoach_core::check::{self, Scope};
use callcoach_core::cohort::dashboard::{self, DashboardFilter};
use callcoach_core::cohort::{report, table};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::diagnostic::SourceText;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::runner::{Call, below, session_rng};
use callcoach_core::engine::scoring::score_call;
use callcoach_core::engine::search::{self, DEFAULT_BUDGET};
use callcoach_core::engine::walk;
use callcoach_core::records::verify_cache;
use callcoach_core::synth::{self, Spec};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn shipped_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn shipped() -> BTreeMap<String, Arc<CompiledScenario>> {
    let lib = Library::load(shipped_root());
    check::check(&lib, &Scope::All, DEFAULT_BUDGET).compiled
}

/// The shipped scenario with the most nodes.
fn largest_shipped() -> Arc<CompiledScenario> {
    shipped()
        .into_values()
        .max_by_key(|s| s.nodes.len())
        .expect("the shipped library has scenarios")
}

fn synth_compiled(nodes: usize) -> Arc<CompiledScenario> {
    let lib = synth::library(&Spec::new(nodes));
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    report
        .compiled
        .into_values()
        .next()
        .expect("the generated scenario compiles")
}

/// A copy of the library whose scenario texts differ from every earlier copy by a comment:
/// `check` caches its analyses per content in-process, and a benchmark must not time a
/// cache hit.
fn uncached(lib: &Library) -> Library {
    static RUN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut lib = lib.clone();
    for s in &mut lib.scenarios {
        let text = format!("{}\n// bench run {n}\n", s.source.text);
        s.source = SourceText::new(s.source.path.clone(), text);
    }
    lib
}

fn bench_shipped(c: &mut Criterion) {
    let mut g = c.benchmark_group("shipped");
    g.sample_size(10);
    g.bench_function("load+check library", |b| {
        b.iter(|| {
            let lib = uncached(&Library::load(black_box(shipped_root())));
            check::check(&lib, &Scope::All, DEFAULT_BUDGET)
        })
    });
    let lib = Library::load(shipped_root());
    let mut ids: Vec<(usize, String)> = lib
        .scenarios
        .iter()
        .map(|s| (s.value.nodes.0.len(), s.value.id.clone()))
        .collect();
    ids.sort();
    for (nodes, id) in ids {
        g.bench_with_input(
            BenchmarkId::new("check scenario", format!("{id} ({nodes} nodes)")),
            &id,
            |b, id| {
                b.iter_batched(
                    || uncached(&lib),
                    |lib| check::check(&lib, &Scope::Scenarios(vec![id.clone()]), DEFAULT_BUDGET),
                    BatchSize::PerIteration,
                )
            },
        );
    }
    g.finish();
}

fn bench_check(c: &mut Criterion) {
    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    for n in SIZES {
        let files = synth::files(&Spec::new(n));
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("load", n), &files, |b, files| {
            b.iter(|| Library::from_files(Path::new("synth"), files.clone()))
        });
        let lib = Library::from_files(Path::new("synth"), files);
        g.bench_with_input(BenchmarkId::new("check", n), &lib, |b, lib| {
            b.iter_batched(
                || uncached(lib),
                |lib| check::check(&lib, &Scope::All, DEFAULT_BUDGET),
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

/// Size alone (issue 17): a line of `Say` nodes and one node with many choices, where the
/// checker's work must grow linearly (docs/performance.md).
fn bench_check_linear(c: &mut Criterion) {
    let mut g = c.benchmark_group("check-linear");
    g.sample_size(10);
    for n in [5_000, 20_000] {
        let lib = Library::from_files(Path::new("synth"), synth::line_files(n));
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("line", n), &lib, |b, lib| {
            b.iter_batched(
                || uncached(lib),
                |lib| check::check(&lib, &Scope::All, DEFAULT_BUDGET),
                BatchSize::PerIteration,
            )
        });
    }
    let lib = Library::from_files(Path::new("synth"), synth::files_with_choices(990));
    g.bench_function("choices/993", |b| {
        b.iter_batched(
            || uncached(&lib),
            |lib| check::check(&lib, &Scope::All, DEFAULT_BUDGET),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

/// The checker's disk cache (issue 13): load + check the shipped library with an empty cache
/// (cold), with the cache of the same library (cached), and with one scenario edited since
/// (after one edit: only it is analysed). The in-memory cache is emptied before each run so
/// that the disk cache is what is timed.
fn bench_check_cache(c: &mut Criterion) {
    let mut g = c.benchmark_group("check-cache");
    g.sample_size(10);
    let edited = "uk-bad-time";
    g.bench_function("cold", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temp dir"),
            |dir| {
                check::forget_analyses();
                let lib = Library::load(shipped_root());
                check::check_with(&lib, &Scope::All, DEFAULT_BUDGET, Some(dir.path()))
            },
            BatchSize::PerIteration,
        )
    });
    let warm = tempfile::tempdir().expect("temp dir");
    let lib = Library::load(shipped_root());
    let first = check::check_with(&lib, &Scope::All, DEFAULT_BUDGET, Some(warm.path()));
    assert_eq!(first.errors(), 0);
    g.bench_function("cached", |b| {
        b.iter(|| {
            check::forget_analyses();
            let lib = Library::load(shipped_root());
            let report = check::check_with(&lib, &Scope::All, DEFAULT_BUDGET, Some(warm.path()));
            assert_eq!(report.work.analysed, 0);
            report
        })
    });
    g.bench_function("after one edit", |b| {
        b.iter_batched(
            || {
                // The cache as the unedited library left it, and the library with one
                // scenario's text changed by a comment.
                let dir = tempfile::tempdir().expect("temp dir");
                std::fs::copy(
                    warm.path().join(check::cache::FILE_NAME),
                    dir.path().join(check::cache::FILE_NAME),
                )
                .expect("copy the cache");
                dir
            },
            |dir| {
                check::forget_analyses();
                let mut lib = Library::load(shipped_root());
                for s in lib.scenarios.iter_mut().filter(|s| s.value.id == edited) {
                    let text = format!("{}\n// edited\n", s.source.text);
                    s.source = SourceText::new(s.source.path.clone(), text);
                }
                let report = check::check_with(&lib, &Scope::All, DEFAULT_BUDGET, Some(dir.path()));
                assert_eq!(report.work.analysed, 1);
                report
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn bench_walk(c: &mut Criterion) {
    let mut g = c.benchmark_group("walk");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    let largest = largest_shipped();
    for runs in [1_000u64, 10_000, 100_000] {
        let choices = walk::walk(&largest, runs, 1, |_| {}).choices;
        g.throughput(Throughput::Elements(choices));
        g.bench_with_input(
            BenchmarkId::new(format!("{} runs", largest.id), runs),
            &runs,
            |b, &runs| b.iter(|| walk::walk(&largest, runs, 1, |_| {})),
        );
    }
    for n in SIZES {
        let sc = synth_compiled(n);
        let runs = 2_000;
        let choices = walk::walk(&sc, runs, 1, |_| {}).choices;
        g.throughput(Throughput::Elements(choices));
        g.bench_with_input(BenchmarkId::new("synth 2000 runs", n), &sc, |b, sc| {
            b.iter(|| walk::walk(sc, runs, 1, |_| {}))
        });
    }
    g.finish();
}

fn bench_best_path(c: &mut Criterion) {
    let mut g = c.benchmark_group("best_path");
    g.sample_size(10);
    let mut all: Vec<Arc<CompiledScenario>> = shipped().into_values().collect();
    all.sort_by_key(|s| s.nodes.len());
    for sc in &all {
        g.bench_with_input(
            BenchmarkId::new("shipped", format!("{} ({} nodes)", sc.id, sc.nodes.len())),
            sc,
            |b, sc| b.iter(|| search::best_path(sc, DEFAULT_BUDGET)),
        );
    }
    for n in SIZES {
        let sc = synth_compiled(n);
        g.bench_with_input(BenchmarkId::new("synth", n), &sc, |b, sc| {
            b.iter(|| search::best_path(sc, DEFAULT_BUDGET))
        });
    }
    g.finish();
}

/// Finished random calls over the shipped scenarios.
fn finished_calls(scenarios: &[Arc<CompiledScenario>], count: usize) -> Vec<Call> {
    let mut rng = session_rng(99);
    (0..count)
        .map(|i| {
            let sc = &scenarios[i % scenarios.len()];
            let mut call = Call::new(Arc::clone(sc), i as u64).expect("starts");
            while let Some(p) = call.prompt() {
                let k = below(&mut rng, p.choices.len() as u32) as usize;
                call.pick(k, 0).expect("pick");
            }
            call
        })
        .collect()
}

/// The cohort sizes of the report and dashboard benches: [`SIZES`] up to
/// `CALLCOACH_BENCH_MAX_RECORDS` (synthesising 100,000 record files takes minutes and 1.2 GB,
/// even when a filter skips their benches).
fn record_sizes() -> Vec<usize> {
    let max = std::env::var("CALLCOACH_BENCH_MAX_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    SIZES.into_iter().filter(|&n| n <= max).collect()
}

fn bench_records(c: &mut Criterion) {
    let mut g = c.benchmark_group("records");
    g.sample_size(10);
    let compiled = shipped();
    let list: Vec<Arc<CompiledScenario>> = compiled.values().cloned().collect();
    for n in SIZES {
        let calls = finished_calls(&list, n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("score", n), &calls, |b, calls| {
            b.iter(|| {
                calls
                    .iter()
                    .map(|c| u64::from(score_call(c, None).overall))
                    .sum::<u64>()
            })
        });
    }
    for n in record_sizes() {
        let data = tempfile::tempdir().expect("tempdir");
        report::synthesise(&compiled, data.path(), n, 7, (n / 20).max(1))
            .expect("synthesise records");
        g.throughput(Throughput::Elements(n as u64));
        let cache = verify_cache::cache_dir(data.path());
        // Cold: no verification cache, so every record's MAC is checked and its call replayed
        // and re-scored (and the cache written, as the first report after new records does).
        g.bench_with_input(
            BenchmarkId::new("report cold cache (read+verify+summarise)", n),
            &data,
            |b, data| {
                b.iter_batched(
                    || {
                        let _ = std::fs::remove_dir_all(&cache);
                    },
                    |()| {
                        let cohort = report::load_cohort(data.path(), &compiled, &[]);
                        assert_eq!(cohort.records.len(), n);
                        report::summarise(&cohort, |_| true)
                    },
                    BatchSize::PerIteration,
                )
            },
        );
        // Warm: every file's bytes were verified before; read, parse, look up, summarise.
        let _ = report::load_cohort(data.path(), &compiled, &[]);
        g.bench_with_input(
            BenchmarkId::new("report warm cache (read+verify+summarise)", n),
            &data,
            |b, data| {
                b.iter(|| {
                    let cohort = report::load_cohort(data.path(), &compiled, &[]);
                    assert_eq!(cohort.records.len(), n);
                    report::summarise(&cohort, |_| true)
                })
            },
        );
        // The table report's path (`cohort::table`): warm, a file whose bytes the cache holds
        // is read and looked up, never parsed; cold, every record is checked as above.
        g.bench_with_input(
            BenchmarkId::new("table warm cache (read+look up+summarise)", n),
            &data,
            |b, data| {
                b.iter(|| {
                    let cohort = table::load_digests(data.path(), &compiled, &[]);
                    assert_eq!(cohort.items.len(), n);
                    table::summarise_digests(&cohort, |_| true)
                })
            },
        );
        g.bench_with_input(
            BenchmarkId::new("table cold cache (read+verify+summarise)", n),
            &data,
            |b, data| {
                b.iter_batched(
                    || {
                        let _ = std::fs::remove_dir_all(&cache);
                    },
                    |()| {
                        let cohort = table::load_digests(data.path(), &compiled, &[]);
                        assert_eq!(cohort.items.len(), n);
                        table::summarise_digests(&cohort, |_| true)
                    },
                    BatchSize::PerIteration,
                )
            },
        );
        // The dashboard's load as the app does it, warm (the cache full): before, every record
        // read, parsed and looked up (`load_cohort`), then the figures; after, the digests
        // (`load_digests`: a file the cache vouches for is read and looked up, never parsed),
        // then the same figures from them.
        let all = DashboardFilter::default();
        g.bench_with_input(
            BenchmarkId::new("dashboard load before (load_cohort+figures)", n),
            &data,
            |b, data| {
                b.iter(|| {
                    let cohort = report::load_cohort(data.path(), &compiled, &[]);
                    assert_eq!(cohort.records.len(), n);
                    let view = dashboard::build(&cohort, &all, &compiled);
                    let wrong = dashboard::most_picked_wrong_across(&view, &cohort, &compiled, 6);
                    (view.sessions.len(), wrong.len())
                })
            },
        );
        g.bench_with_input(
            BenchmarkId::new("dashboard load after (load_digests+figures)", n),
            &data,
            |b, data| {
                b.iter(|| {
                    let cohort = table::load_digests(data.path(), &compiled, &[]);
                    assert_eq!(cohort.items.len(), n);
                    let view = dashboard::build_digests(&cohort, &all, &compiled);
                    let wrong =
                        dashboard::most_picked_wrong_across_digests(&view, &cohort, &compiled, 6);
                    (view.sessions.len(), wrong.len())
                })
            },
        );
        let digests = table::load_digests(data.path(), &compiled, &[]);
        g.bench_with_input(
            BenchmarkId::new("dashboard figures from digests (all filters off)", n),
            &digests,
            |b, cohort| {
                b.iter(|| {
                    let view = dashboard::build_digests(cohort, &all, &compiled);
                    let wrong: usize = compiled
                        .values()
                        .map(|sc| {
                            let stats =
                                dashboard::option_stats_digests(sc, &cohort.rules, &cohort.items);
                            dashboard::most_picked_wrong(&stats, 5).len()
                        })
                        .sum();
                    (view.sessions.len(), wrong)
                })
            },
        );
        let cohort = report::load_cohort(data.path(), &compiled, &[]);
        g.bench_with_input(
            BenchmarkId::new("dashboard figures (all filters off)", n),
            &cohort,
            |b, cohort| {
                b.iter(|| {
                    let view = dashboard::build(cohort, &DashboardFilter::default(), &compiled);
                    let wrong: usize = compiled
                        .values()
                        .map(|sc| {
                            let stats = dashboard::option_stats(sc, &cohort.records);
                            dashboard::most_picked_wrong(&stats, 5).len()
                        })
                        .sum();
                    (view.sessions.len(), wrong)
                })
            },
        );
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_shipped,
    bench_check,
    bench_check_linear,
    bench_check_cache,
    bench_walk,
    bench_best_path,
    bench_records
);
criterion_main!(benches);
