/// What a restore would read: backup sets and log pieces. OCP documents a bare array; its
/// sample wraps the items in `{contents:[…]}` and writes the ids as strings: both are read.
public struct RestorePreview: Codable, Hashable, Sendable {
    /// The items, in OCP's order.
    public var items: [RestorePreviewItem]

    /// Makes a preview.
    public init(items: [RestorePreviewItem]) { self.items = items }

    private enum CodingKeys: String, CodingKey { case contents }

    /// Reads a bare array or `{contents:[…]}`.
    public init(from decoder: any Decoder) throws {
        if let array = try? decoder.singleValueContainer().decode([RestorePreviewItem].self) {
            items = array
        } else {
            items = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([RestorePreviewItem].self, forKey: .contents) ?? []
        }
    }

    /// Writes `{contents:[…]}`, as the sample does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .contents)
    }

    /// The backup sets.
    public var backupSets: [RestorePreviewItem] { items.filter { $0.backupType == .backupSet } }
    /// The log pieces.
    public var logPieces: [RestorePreviewItem] { items.filter { $0.backupType == .backupPiece } }
}

/// One backup set or log piece a restore would read.
public struct RestorePreviewItem: Codable, Hashable, Sendable {
    /// Its path, with protocol.
    public var backupDest: String?
    /// Set or piece id (a number or a string).
    public var backupId: OCPIdentifier?
    /// BACKUP_SET or BACKUP_PIECE.
    public var backupType: RestoreSourceType?
    /// Copy id (a number or a string).
    public var copyId: OCPIdentifier?

    /// Makes an item.
    public init(backupDest: String?, backupId: OCPIdentifier?, backupType: RestoreSourceType?, copyId: OCPIdentifier?) {
        self.backupDest = backupDest
        self.backupId = backupId
        self.backupType = backupType
        self.copyId = copyId
    }
}
