/// How often one thread woke while the console was idle.
struct ThreadWakeUps: Codable, Sendable {
    /// The thread's name (`comm`).
    let name: String
    /// Whether it is the main thread (the run loop).
    let isMain: Bool
    /// Context switches per second.
    let perSecond: Double
}
