/// The `data` of OCP's backup-operations answers as its documentation shows them (the samples of
/// each page, with the time, id and name shapes they use), and request bodies.
enum OperationSamples {
    static let tenants = """
        {"contents":[{"clusterId":1000005,"clusterName":"yc0820_17","clusterType":"PRIMARY","createTime":"2021-08-20T10:12:00+08:00",
          "id":1000012,"locality":"FULL{1}@zone1","locked":false,"mode":"MYSQL","name":"yctest","obClusterId":5,"obVersion":"2.2.77",
          "primaryZone":"zone1","readonly":false,"status":"NORMAL","zoneList":"zone1"},
         {"clusterId":2,"clusterName":"other","createTime":"2020-01-01T00:00:00+08:00","id":7,"mode":"Oracle","name":"ora",
          "primaryZone":"zone2,zone3;zone1","status":"CREATING","zoneList":"zone1;zone2;zone3","description":"x"}],
         "page":{"number":1,"size":10,"totalElements":9,"totalPages":1}}
        """

    static let overview = """
        {"backupDimension":"CLUSTER","backupScheduleStatus":"NORMAL","backupSize":12.5,"clusterId":1000005,"clusterName":"yc0820_17",
         "compactionStatus":"IDLE","lastDataBackupTime":"2021-09-16T17:25:02.993+0800","latestLogBackupCheckpoint":"2021-09-22T14:49:07.296+0800",
         "logBackupDelaySeconds":98,"obBackupAbility":{"backupAbility":"PHYSICAL_BACKUP","backupMode":"PHYSICAL_BACKUP",
           "obDataBackupSupportAbility":{"canDoIncrementalBackup":true,"fullBackupEnabled":true,"incrementBackupEnabled":true}},
         "obClusterBackupStatus":"HAS_BACKUP_STRATEGY","obClusterId":5,"obClusterStatus":"RUNNING","obClusterType":"PRIMARY",
         "obStorageVolumeUnit":"GB","obVersion":"2.2.77","primaryAndStandbyMode":false}
        """

    static let dataTasks = """
        {"contents":[{"backupMode":"PHYSICAL_BACKUP","backupSetId":24,"backupUri":"file:///obbackup/","clusterId":1000005,
          "clusterName":"yc0820_17","clusterType":"PRIMARY","dataBackupTaskType":"INCREMENTAL_BACKUP","dataSecondaryBackupTaskIds":[],
          "dataVersion":33,"errorMsg":"","finishTime":"2021-09-18T02:03:41.207+0800","obClusterId":5,
          "startTime":"2021-09-18T02:00:05.118+0800","status":"DONE","taskId":24,"tenantId":0},
          {"backupDimension":"TENANT","backupSetId":3,"dataBackupTaskType":"FULL_BACKUP","duration":125,"snapshotVersionTime":"2024-08-09T08:02:57.715753Z",
           "startTime":"2024-08-09T08:00:52.715753Z","finishTime":"2024-08-09T08:02:57.715753Z","status":"OVERDUE","taskId":3,"tenantId":1000012}],
         "page":{"number":1,"size":2000,"totalElements":2,"totalPages":1}}
        """

    static let logTasks = """
        {"contents":[{"backupMode":"PHYSICAL_BACKUP","backupUri":"file:///obbackup/","checkpoint":"2021-09-23T14:32:10.051+0800",
          "clusterId":1000005,"clusterName":"yc0820_17","clusterType":"PRIMARY","createTime":"2021-09-09T16:19:47.405+0800",
          "delay":64.318,"obClusterId":5,"status":"RUNNING","agentServerIp":"10.0.0.1"},
          {"checkpoint":"2024-08-07T10:29:03.21621827+08:00","createTime":"2024-08-01T10:00:00+08:00","delay":100,"status":"INPROGRESS"}],
         "page":{"number":1,"size":2,"totalElements":2,"totalPages":1}}
        """

    static let restoreTasks = """
        {"contents":[{"backupClusterId":1000005,"backupClusterName":"yc0820_17","backupMode":"PHYSICAL_BACKUP","backupObClusterId":5,
          "backupObTenantId":1001,"backupTenantId":1000012,"backupTenantName":"yctest","createTime":"2021-09-10T09:02:11.514+0800",
          "errorMsg":"CLOG : OB_ENTRY_NOT_EXIST(-4018) …","finishTime":"2021-09-10T09:02:13.020+0800","finished":true,"id":5,
          "ocpJobId":-1,"restoreClusterId":1000005,"restoreClusterName":"yc0820_17","restoreEndTime":"2021-09-10T08:50:00.000+0800",
          "restoreObClusterId":5,"restorePoolListStr":"pool_rt2_zone1_abc","restoreTenantName":"rt2","restoreUri":"file:///obbackup/",
          "status":"RESTORE_FAIL","statusDesc":"Failed","successful":false},
          {"id":6,"status":"RESTORE_SUCCESS","triggerType":"NORMAL","restoreObjectType":"TENANT","progress":"x","createTime":"2024-08-09T08:02:57.715753Z"},
          {"id":7,"status":"RESTORE_SUCCESS","finished":false}],
         "page":{"number":1,"size":3,"totalElements":3,"totalPages":1}}
        """

    static let backupNowResponse = """
        {"backupObjectOpsResultList":[{"beSuccessful":true,"obBackupObjectList":[{"backupDimension":"CLUSTER","clusterId":1000005}],
          "taskIdList":[3000187]}],"obBackupTaskType":"DATA_BACKUP_NOW"}
        """

    static let stopScheduleResponse = """
        {"backupObjectOpsResultList":[{"beSuccessful":true,"obBackupObjectList":[{"backupDimension":"CLUSTER","clusterId":1000005}]}],
         "obBackupTaskType":"STOP_BACKUP_SCHEDULE"}
        """

    static let backupInfo = """
        {"clusterId":1000005,"clusterName":"yc0820_17","obClusterId":5,"online":true,
         "obRecoverableInfoAggregation":{"obQueryTimeScopeType":"LATEST_SEVEN_DAYS","latestSevenDaysAggregation":{"obRecoverableSectionItems":[
           {"backupMode":"PHYSICAL_BACKUP","obRecoverableSectionItemType":"RECOVERABLE",
            "realRecoverableTimeInterval":{"startTime":"2021-09-16T15:14:51.397+08:00","endTime":"2021-09-23T15:13:20.657125+08:00"}}]}},
         "tenantBackupInfos":[
          {"clusterId":1000005,"obTenantId":1001,"online":true,"tenantId":1000012,"tenantName":"yctest",
           "obRecoverableInfoAggregation":{"obQueryTimeScopeType":"LATEST_SEVEN_DAYS","latestSevenDaysAggregation":{"obRecoverableSectionItems":[
             {"backupMode":"PHYSICAL_BACKUP","dataBackupRecoverableInfo":{"dataVersion":32,"freezeTime":"2021-09-16T02:00:10.986847+08:00",
               "fullBackupSetId":23,"recoverableTime":"2021-09-16T17:25:02.993613+08:00"},"obRecoverableSectionItemType":"FULL_DATA_BACKUP"},
             {"backupMode":"PHYSICAL_BACKUP","obRecoverableSectionItemType":"RECOVERABLE",
              "realRecoverableTimeInterval":{"startTime":"2021-09-16T15:14:51.397+08:00","endTime":"2021-09-23T15:13:20.657125+08:00"}}]}}},
          {"clusterId":1000005,"obTenantId":1002,"online":true,"tenantId":2000004,"tenantName":"ycrestore",
           "obRecoverableInfoAggregation":{"obQueryTimeScopeType":"LATEST_SEVEN_DAYS","latestSevenDaysAggregation":{"obRecoverableSectionItems":[
             {"backupMode":"PHYSICAL_BACKUP","obRecoverableSectionItemType":"RECOVERABLE",
              "realRecoverableTimeInterval":{"startTime":"2021-09-16T15:14:51.397+08:00","endTime":"2021-09-23T15:13:17.654205+08:00"}}]}}}]}
        """

    /// The 4.3 tenant answer: nine fractional digits, the epoch placeholder, `backupDimension`
    /// CLUSTER, the interval under the table's name `logRecoverableTimeInterval`, no scope type.
    static let tenantBackupInfo = """
        {"clusterId":1000005,"obTenantId":1001,"online":true,"tenantId":1000012,"tenantName":"yctest",
         "obRecoverableInfoAggregation":{"latestSevenDaysAggregation":{"obRecoverableSectionItems":[
           {"backupDimension":"CLUSTER","backupMode":"PHYSICAL_BACKUP","dataBackupRecoverableInfo":{"dataVersion":-1,
             "freezeTime":"1970-01-01T08:00:00+08:00","fullBackupSetId":3,"recoverableTime":"2024-08-02T16:01:41.862678516+08:00"},
            "obRecoverableSectionItemType":"FULL_DATA_BACKUP"},
           {"backupMode":"PHYSICAL_BACKUP","obRecoverableSectionItemType":"RECOVERABLE",
            "logRecoverableTimeInterval":{"startTime":"2024-08-02T16:01:41.862678516+08:00","endTime":"2024-08-07T10:29:03.21621827+08:00"}}]}}}
        """

    static let onlineRestore = """
        {"backupTenantStatus":"ONLINE",
         "restoreOnlineTenantRequiredParam":{"backupClusterId":1000005,"backupTenantId":1000012,"restoreClusterId":1000007,
           "restoreEndTime":"2021-09-23T12:00:00.000+08:00",
           "restoreTenantInfoParam":{"name":"yctest_r1","primaryZone":"zone1",
             "zones":[{"key":"zone1","checked":true,"name":"zone1","replicaType":"FULL","resourcePool":{"unitCount":1,"unitSpecName":"S1"}}]},
           "tableRestoreObjects":[]}}
        """

    static let offlineRestore = """
        {"backupTenantStatus":"OFFLINE","restoreOfflineTenantRequiredParam":{"backupMode":"PHYSICAL_BACKUP","backupClusterName":"yc0820_17",
          "backupTenantName":"yctest","restoreClusterId":1000007,
          "obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/obbackup/"},
          "restoreEndTime":"2021-09-23T12:00:00.000+08:00","restoreTenantInfoParam":{"name":"yctest_r2",
            "zones":[{"name":"zone1","replicaType":"LOGONLY","resourcePool":{"unitCount":1,"unitSpecName":"S1"}}]}}}
        """

    static let previewInContents = """
        {"contents":[{"backupDest":"file:///obbackup/c1/5/incarnation_1/1001/data/backup_set_24_full_20240406","backupId":"24","backupType":"BACKUP_SET","copyId":"0"},
                     {"backupDest":"file:///obbackup/c1/5/incarnation_1/1001/clog/6_38_20240405","backupId":"38","backupType":"BACKUP_PIECE","copyId":"0"}]}
        """

    static let previewBare = """
        [{"backupDest":"file:///obbackup/c1/5/incarnation_1/1001/data/backup_set_24_full_20240406","backupId":24,"backupType":"BACKUP_SET","copyId":0}]
        """

    static let taskInstance = """
        {"createTime":"2021-08-25T15:09:31+08:00","creator":{"id":100,"name":"admin"},"id":35000312,"name":"Reinstall",
         "operation":"EXECUTE","prohibitRollback":false,"startTime":"2021-08-25T15:09:31.74+08:00","status":"RUNNING","taskDefinitionId":-1,
         "subtasks":[
          {"id":13000336,"name":"Install","seriesId":0,"status":"PENDING","runTime":0,"parallelIdx":-1,"upstreams":[13000333],"downstreams":[13000334]},
          {"id":13000334,"name":"Finish","seriesId":1,"status":"PENDING","runTime":0,"paralleIdx":-1,"upstreams":[13000336],"downstream":[]},
          {"id":13000333,"name":"Uninstall","seriesId":2,"status":"RUNNING","runTime":1,"parallelIdx":-1,"upstreams":[13000335],"downstreams":[13000336]},
          {"id":13000335,"name":"Prepare","seriesId":3,"status":"SUCCESSFUL","runTime":1,"parallelIdx":-1,"upstreams":[],"downstreams":[13000333]}]}
        """

    static let taskList = """
        {"contents":[{"cluster":{"id":1000005,"name":"yc0820_17","obClusterId":5,"type":"PRIMARY"},"creator":{"id":200,"name":"system"},
          "finishTime":"2021-09-18T02:04:12.330+08:00","id":3000190,"name":"Data backup","startTime":"2021-09-18T02:00:01.02+08:00",
          "status":"FAILED","subtasks":[{"description":"Check if ready to data backup","id":4000711,"name":"Check if ready to data backup",
          "operation":"EXECUTE","status":"FAILED"}]}],
         "page":{"number":1,"size":50,"totalElements":1,"totalPages":1}}
        """

    static let subtaskLog = """
        {"log":"############{RETRY}{2021-09-23T10:02:11.120+08:00}############\\n2021-09-23 10:02:11.140 INFO … Run subtask, id=13000901 …\\n\\n2021-09-23 10:02:14.902 ERROR … Full data backup needed before incremental data backup\\n"}
        """

    static let alarms = """
        {"contents":[{"activeAt":"2021-09-23T06:40:04Z","alarmType":"inc_backup_delay","appType":"Backup",
          "description":"Cluster: yc0820_17[1000005], log backup delayed by 420 s, threshold 300 s, checkpoint 2021-09-23 14:33:04",
          "id":1000321,"labels":{"alarm_level":"Critical","alarm_type":"inc_backup_delay","ob_cluster_name":"yc0820_17","port":2881},
          "level":2,"scope":"Service","status":"Active","summary":"ob_cluster=yc0820_17 log backup delayed",
          "target":"ob_cluster=yc0820_17","updatedAt":"2021-09-23T06:45:04.048708Z","gmtCreate":"2021-09-23T06:40:04Z"},
          {"id":1000322,"alarmType":"base_backup_fail","level":3,"status":"Silenced","target":"ob_cluster=other, host=h1"}],
         "page":{"number":1,"size":200,"totalElements":2,"totalPages":1}}
        """

    static let alarmDetailInData = """
        {"id":1000321,"alarmType":"inc_backup_delay","level":2,"status":"Active","target":"ob_cluster=yc0820_17"}
        """

    static let alarmDetailInContents = """
        {"contents":[{"id":1000321,"alarmType":"inc_backup_delay","level":2,"status":"Active","target":"ob_cluster=yc0820_17"}]}
        """
}
