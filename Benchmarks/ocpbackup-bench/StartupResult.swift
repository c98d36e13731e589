/// The real console process against the simulator: first frame, loading, memory, idle.
struct StartupResult: Codable, Sendable {
    /// Clusters served.
    let clusters: Int
    /// Terminal size, columns×rows.
    let size: String
    /// Spawn → the first byte on the terminal, milliseconds.
    let firstByteMilliseconds: Double?
    /// Spawn → the first frame complete (its last row, the key hints, received), milliseconds.
    let firstFrameMilliseconds: Double?
    /// Spawn → the first clusters on screen, milliseconds.
    let firstRowsMilliseconds: Double?
    /// Spawn → the title shows every cluster loaded, milliseconds.
    let fullyLoadedMilliseconds: Double?
    /// Peak resident memory (VmHWM) once loaded, MB.
    let peakResidentMegabytes: Double?
    /// Resident memory once loaded and idle, MB.
    let residentMegabytes: Double?
    /// Context switches per second of each thread over the idle window.
    let idleThreads: [ThreadWakeUps]
    /// Length of the idle window, seconds.
    let idleSeconds: Double
}
