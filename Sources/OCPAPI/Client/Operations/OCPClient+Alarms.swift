/// The alert calls.
extension OCPClient {
    /// One page of alert events (at most 200 a page).
    public func alarms(
        _ query: AlarmQuery, page: Int = 1, size: Int = maxAlarmPageSize
    ) async throws(OCPAPIError) -> OCPResponse<
        OCPPage<AlarmEvent>
    > {
        try await perform(Self.alarmsRequest(query, page: page, size: size), as: OCPPage<AlarmEvent>.self)
    }

    /// Every alert event `query` selects, in page order, pages of 200.
    public func allAlarms(_ query: AlarmQuery, concurrency: Int = 4) async throws(OCPAPIError) -> [AlarmEvent] {
        try await allPages(of: AlarmEvent.self, pageSize: Self.maxAlarmPageSize, concurrency: concurrency) { page, size in
            Self.alarmsRequest(query, page: page, size: size)
        }
    }

    /// Every active backup alert of the fleet (`appType=Backup&status=Active`), fully paged:
    /// the one query a fleet health scan adds; group it with `BackupAlarmIndex`.
    public func activeBackupAlarms() async throws(OCPAPIError) -> [AlarmEvent] {
        try await allAlarms(.activeBackup)
    }

    /// One alert event, from `data` or `data.contents`.
    public func alarm(id: Int64) async throws(OCPAPIError) -> OCPResponse<AlarmEvent> {
        try await perform(Self.alarmRequest(id: id), as: AlarmEventDetail.self).map(\.event)
    }
}
