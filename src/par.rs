//! Work split over the machine's cores, for loading large knowledge:
//! scoped threads over contiguous chunks, results in input order, so the
//! outcome never depends on timing. Nothing here runs per question.

/// `f` over `items` on every available core, results in the items' order.
pub(crate) fn map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        // The first run on this thread: one thread fewer to start, and its
        // allocations in the main malloc arena, which gives memory back.
        let mut parts = items.chunks(chunk);
        let first = parts.next().unwrap_or_default();
        let workers: Vec<_> = parts
            .map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<R>>()))
            .collect();
        let mut out: Vec<R> = first.iter().map(&f).collect();
        for w in workers {
            out.extend(w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

/// `f` over contiguous runs of `items`, one per available core, results in
/// the runs' order: for work that keeps state along a run.
pub(crate) fn map_chunks<'a, T: Sync, R: Send>(
    items: &'a [T],
    f: impl Fn(&'a [T]) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return vec![f(items)];
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let mut parts = items.chunks(chunk);
        let first = parts.next().unwrap_or_default();
        let workers: Vec<_> = parts.map(|part| scope.spawn(|| f(part))).collect();
        let mut out = vec![f(first)];
        for w in workers {
            out.push(w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}
