@testable import ConsoleCore

/// Drives a live store as the terminal loop does: wait for a wake-up, drain the inbox, until
/// `done` holds (or the wake-ups end). No sleeping, no timing.
func drive<Feature: Reducer>(_ store: Store<Feature>, wakes: AsyncStream<Void>, until done: (Store<Feature>) -> Bool) async {
    var iterator = wakes.makeAsyncIterator()
    while !done(store) {
        guard await iterator.next() != nil else { return }
        store.drainInbox()
    }
}
