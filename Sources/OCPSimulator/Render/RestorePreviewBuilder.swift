import Foundation
import OCPAPI

/// What a simulated restore reads: the last full backup set before the point in time, the
/// incremental sets after it, and one log piece per day from that set to the point in time.
/// Ids are written as strings, as OCP's sample does.
enum RestorePreviewBuilder {
    /// The preview of a checked restore.
    static func preview(_ restore: SimulatorState.CheckedRestore) -> RestorePreview {
        let world = restore.source
        let base = "\(world.storageURI)\(world.seed.name)/\(world.ordinal + 1)/incarnation_1/\(restore.tenant.obTenantId)"
        let done = world.history.runs.filter { $0.timeline.succeeded(at: world.now) && $0.timeline.end <= restore.pointInTime }
        let fullIndex = done.lastIndex { $0.kind != .incremental }
        let sets = fullIndex.map { Array(done[$0...]) } ?? Array(done.suffix(1))
        var items = sets.map { run in
            let kind = run.kind == .incremental ? "inc" : "full"
            return RestorePreviewItem(
                backupDest: "\(base)/data/backup_set_\(run.backupSetId)_\(kind)_\(day(run.start, world))",
                backupId: OCPIdentifier(raw: String(run.backupSetId)), backupType: .backupSet, copyId: OCPIdentifier(raw: "0"))
        }
        var pieceStart = sets.first?.timeline.end ?? restore.pointInTime
        var piece = Int64(pieceStart.timeIntervalSince1970 / 86_400) % 1000
        while pieceStart <= restore.pointInTime {
            items.append(
                RestorePreviewItem(
                    backupDest: "\(base)/clog/1_\(piece)_\(day(pieceStart, world))", backupId: OCPIdentifier(raw: String(piece)),
                    backupType: .backupPiece, copyId: OCPIdentifier(raw: "0")))
            piece += 1
            pieceStart = pieceStart.addingTimeInterval(86_400)
        }
        return RestorePreview(items: items)
    }

    /// `yyyyMMdd` of `date` in the cluster's offset.
    static func day(_ date: Date, _ world: ClusterWorld) -> String {
        String(OCPTimestamp.format(date, offsetSeconds: world.utcOffsetSeconds, style: .utcSeconds).prefix(10)).replacingOccurrences(
            of: "-", with: "")
    }
}
