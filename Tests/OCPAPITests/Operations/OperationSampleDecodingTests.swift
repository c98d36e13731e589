import Foundation
import OCPAPI
import Testing

/// Every sample of the backup-operations pages decodes, with its odd shapes.
struct OperationSampleDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try OCPJSON.decoder().decode(type, from: Data(text.utf8))
    }

    @Test func tenantsKeepEveryFieldAndAnyLetterCaseOfTheMode() throws {
        let page = try decode(OCPPage<Tenant>.self, OperationSamples.tenants)
        #expect(page.page?.totalElements == 9)
        let first = try #require(page.contents.first)
        #expect(first.id == 1_000_012 && first.name == "yctest" && first.clusterId == 1_000_005)
        #expect(first.createTime?.date == Date(timeIntervalSince1970: 1_629_425_520))
        #expect(first.locality == "FULL{1}@zone1" && first.locked == false && first.readonly == false && first.obVersion == "2.2.77")
        let second = page.contents[1]
        #expect(second.mode?.rawValue == "Oracle")
        #expect(second.mode?.canonical == .oracle)
        #expect(second.status == .creating)
        #expect(second.zones == ["zone1", "zone2", "zone3"])
        #expect(second.description == "x")
    }

    @Test func overviewWithSizeAndTheTimesWithoutColon() throws {
        let overview = try decode(BackupOverview.self, OperationSamples.overview)
        #expect(overview.backupScheduleStatus == .normal)
        #expect(overview.obClusterBackupStatus == .hasStrategy)
        #expect(overview.lastDataBackupTime?.date == Date(timeIntervalSince1970: 1_631_784_302.993))
        #expect(overview.latestLogBackupCheckpoint?.epochMicroseconds == 1_632_293_347_296_000)
        #expect(overview.logBackupDelaySeconds == 98)
        #expect(overview.backupSizeBytes == 12.5 * 1_073_741_824)
        #expect(overview.obBackupAbility?.obDataBackupSupportAbility?.canDoIncrementalBackup == true)
        #expect(try decode(BackupOverview.self, "{}").backupScheduleStatus == nil, "a cluster never backed up has no fields")
    }

    @Test func dataTaskRowsOfBothGenerations() throws {
        let rows = try decode(OCPPage<DataBackupTask>.self, OperationSamples.dataTasks).contents
        #expect(rows[0].status == .done && rows[0].statusClass == .succeeded)
        #expect(rows[0].dataBackupTaskType == .incremental && rows[0].realTenantId == nil && rows[0].errorMsg == "")
        #expect(rows[0].taskId == rows[0].backupSetId)
        #expect(rows[1].status?.rawValue == "OVERDUE" && rows[1].statusClass == .failed)
        #expect(rows[1].duration == 125 && rows[1].backupDimension == .tenant)
        #expect(rows[1].snapshotVersionTime?.epochMicroseconds == 1_723_190_577_715_753)
    }

    @Test func logTaskDelayIsAFractionOrAnInteger() throws {
        let rows = try decode(OCPPage<LogBackupTask>.self, OperationSamples.logTasks).contents
        #expect(rows[0].delay == 64.318 && rows[0].agentServerIp == "10.0.0.1" && rows[0].statusClass == .running)
        #expect(rows[1].delay == 100 && rows[1].status?.rawValue == "INPROGRESS" && rows[1].statusClass == .running)
        #expect(rows[1].checkpoint?.epochMicroseconds == 1_722_997_743_216_218)
    }

    @Test func restoreRowsLetFinishedAndSuccessfulDecide() throws {
        let rows = try decode(OCPPage<RestoreTask>.self, OperationSamples.restoreTasks).contents
        #expect(rows[0].statusClass == .failed && rows[0].ocpJobId == -1 && rows[0].statusDesc == "Failed")
        #expect(rows[0].restoreEndTime?.raw == "2021-09-10T08:50:00.000+0800")
        #expect(rows[1].statusClass == .succeeded && rows[1].triggerType == "NORMAL" && rows[1].progress == "x")
        #expect(rows[2].statusClass == .running, "finished:false wins over a RESTORE_SUCCESS status")
    }

    @Test func mutationAnswersWithAndWithoutTasks() throws {
        let now = try decode(BackupCommonResponse.self, OperationSamples.backupNowResponse)
        #expect(now.obBackupTaskType == .dataBackupNow && now.allTaskIds == [3_000_187])
        let stop = try decode(BackupCommonResponse.self, OperationSamples.stopScheduleResponse)
        #expect(stop.obBackupTaskType == .stopSchedule && stop.allTaskIds.isEmpty)
    }

    @Test func parsedBackupDataPerTenantAndAggregate() throws {
        let info = try decode(ClusterBackupInfo.self, OperationSamples.backupInfo)
        #expect(info.obRecoverableInfoAggregation?.obQueryTimeScopeType == "LATEST_SEVEN_DAYS")
        let tenants = try #require(info.tenantBackupInfos)
        #expect(tenants.map(\.tenantName) == ["yctest", "ycrestore"])
        let full = try #require(tenants[0].obRecoverableInfoAggregation?.items.first)
        #expect(full.obRecoverableSectionItemType == .fullDataBackup && full.recoverableInterval == nil)
        #expect(full.dataBackupRecoverableInfo?.fullBackupSetId == 23)
        #expect(full.dataBackupRecoverableInfo?.recoverableTime?.epochMicroseconds == 1_631_784_302_993_613)
        let window = try #require(tenants[1].obRecoverableInfoAggregation?.items.first?.recoverableInterval)
        #expect(window.endTime?.epochMicroseconds == 1_632_381_197_654_205)
    }

    @Test func theTenantAnswerOf43() throws {
        let info = try decode(TenantBackupInfo.self, OperationSamples.tenantBackupInfo)
        let items = try #require(info.obRecoverableInfoAggregation?.items)
        #expect(info.obRecoverableInfoAggregation?.obQueryTimeScopeType == nil)
        #expect(items[0].dataBackupRecoverableInfo?.freezeTime?.isPlaceholder == true)
        #expect(items[0].dataBackupRecoverableInfo?.freezeTime?.date == nil, "the 1970 placeholder means none")
        #expect(items[0].dataBackupRecoverableInfo?.dataVersion == -1 && items[0].backupDimension == .cluster)
        let window = try #require(items[1].recoverableInterval, "the table's interval name is read too")
        #expect(window.startTime?.epochMicroseconds == 1_722_585_701_862_678, "digits past the sixth are dropped, not rounded")
    }

    @Test func restoreBodiesIgnoreTheConsoleKeys() throws {
        let online = try decode(RestoreRequest.self, OperationSamples.onlineRestore)
        #expect(online.backupTenantStatus == .online && online.targetClusterId == 1_000_007)
        #expect(online.tenantInfo?.zones?.first?.resourcePool == RestoreResourcePool(unitSpecName: "S1", unitCount: 1))
        #expect(online.restoreEndTime?.raw == "2021-09-23T12:00:00.000+08:00")
        let encoded = String(decoding: try OCPJSON.encode(online), as: UTF8.self)
        #expect(!encoded.contains("checked") && !encoded.contains("\"key\"") && !encoded.contains("tableRestoreObjects"))
        let offline = try decode(RestoreRequest.self, OperationSamples.offlineRestore)
        #expect(offline.backupTenantStatus == .offline && offline.targetClusterId == 1_000_007)
        #expect(offline.restoreOfflineTenantRequiredParam?.backupTenantName == "yctest")
        #expect(offline.tenantInfo?.zones?.first?.replicaType == .logOnly)
    }

    @Test func previewBareOrInContentsWithIdsAsStringsOrNumbers() throws {
        let wrapped = try decode(RestorePreview.self, OperationSamples.previewInContents)
        #expect(wrapped.backupSets.map(\.backupId?.value) == [24] && wrapped.logPieces.map(\.backupId?.value) == [38])
        #expect(wrapped.items.map(\.copyId) == [OCPIdentifier(0), OCPIdentifier(0)])
        let bare = try decode(RestorePreview.self, OperationSamples.previewBare)
        #expect(bare.items.first?.backupId == OCPIdentifier(raw: "24"))
        #expect(String(decoding: try OCPJSON.encode(wrapped), as: UTF8.self).contains(#""backupId":"24""#), "written back as it came")
    }

    @Test func taskInstanceWithBothSpellingsOfItsGraph() throws {
        let task = try decode(TaskInstance.self, OperationSamples.taskInstance)
        #expect(task.status == .running && task.taskDefinitionId == -1 && task.operation == .execute)
        let finish = try #require(task.subtasks?.first { $0.name == "Finish" })
        #expect(finish.parallelIdx == -1, "paralleIdx is read")
        #expect(finish.downstreams == [], "downstream is read")
        let written = String(decoding: try OCPJSON.encode(finish), as: UTF8.self)
        #expect(written.contains("parallelIdx") && written.contains("downstreams") && !written.contains("paralleIdx"))
        #expect(task.startTime?.epochMicroseconds == 1_629_875_371_740_000)
    }

    @Test func taskListRowsAndTheSubtaskLog() throws {
        let list = try decode(OCPPage<TaskInstance>.self, OperationSamples.taskList)
        #expect(list.contents.first?.statusClass == .failed)
        #expect(list.contents.first?.subtasks?.first?.description == "Check if ready to data backup")
        #expect(list.contents.first?.startTime?.epochMicroseconds == 1_631_901_601_020_000)
        let log = try decode(SubtaskLog.self, OperationSamples.subtaskLog)
        #expect(log.runs.count == 1 && log.runs[0].operation == .retry)
    }

    @Test func alarmsWithLabelsOfAnyScalarAndTheClusterTheyAreAbout() throws {
        let events = try decode(OCPPage<AlarmEvent>.self, OperationSamples.alarms).contents
        #expect(events[0].labels?["port"] == "2881", "a numeric label is read as text")
        #expect(events[0].clusterName == "yc0820_17" && events[0].status == .active && events[0].resolvedAt == nil)
        #expect(events[0].updatedAt?.epochMicroseconds == 1_632_379_504_048_708)
        #expect(events[1].clusterName == "other", "from the target when no label names it")
        #expect(events[1].status?.isFiring == true, "a silenced alert still describes a real problem")
        for text in [OperationSamples.alarmDetailInData, OperationSamples.alarmDetailInContents] {
            #expect(try decode(AlarmEventDetail.self, text).event.id == 1_000_321)
        }
    }
}
