/// Response and request bodies from the OCP documentation (REFERENCE.md and the source pages).
enum OfficialSamples {
    static let clusters = """
        {"data":{"contents":[{"createTime":"2020-11-29T22:23:12+08:00","creator":"admin","id":1000002,"name":"test",
         "obClusterId":4,"obVersion":"2.2.73","regionCount":1,
         "rootServers":[{"address":"xxx.xxx.xxx.xxx:2882","role":"LEADER","sql_port":2881}],
         "serverCount":1,"standbyClusters":[],"status":"RUNNING","tenantCount":0,"type":"PRIMARY",
         "zones":[{"idcId":1,"idcName":"hz","innerStatus":"ACTIVE","name":"zone1","operateStatus":"NORMAL",
                   "regionName":"hz","serverCount":1,"servers":[],"status":"RUNNING"}]}],
         "page":{"number":1,"size":10,"totalElements":1,"totalPages":1}},
         "duration":108,"server":"a83ad33525","status":200,"successful":true,
         "timestamp":"2020-12-02T20:03:58.233+08:00","traceId":"3cfec9a5180748ff"}
        """

    static let ability = """
        {
            "data": {
                "backupAbility": "PHYSICAL_BACKUP",
                "backupMode": "PHYSICAL_BACKUP",
                "obDataBackupSupportAbility": {
                    "canDoIncrementalBackup": false,
                    "fullBackupEnabled": true,
                    "hint": "During a physical backup, you must perform a full backup before you can perform an incremental backup.",
                    "incrementBackupEnabled": true
                }
            },
            "duration": 22,
            "server": "a83ad33525",
            "status": 200,
            "successful": true,
            "timestamp": "2021-09-23T15:31:29.276+08:00",
            "traceId": "45d27e7dc09b4ca9"
        }
        """

    static let createRequest = """
        {
            "backupMode": "PHYSICAL_BACKUP",
            "obSecondaryBackupConfig": {
                "storageConfig": {
                    "configName": "nfs0907_1451",
                    "obBackupStorageBaseInfo": {
                        "backupStorageType": "BACKUP_STORAGE_FILE",
                        "storageUrl": "/obbackup/backup_backup"
                    },
                    "alarmStoragePercentageThreshold": 80
                },
                "scheduleConfig": {
                    "logSecondaryBackupPeriod": "ONCE_AN_HOUR",
                    "logBackupScheduleEnabled": true,
                    "dataBackupScheduleEnabled":true
                }
            },
            "obBackupThresholdConfig": {
                "dataBackupTimeoutMinutes": 7,
                "logBackupDelaySeconds": 300,
                "noSuccessfulDataBackupAlarmDays": 2
            },
            "secondaryBackupEnabled": true,
            "obBackupObjectList": [
                {
                    "clusterId": 1000005,
                    "backupDimension": "CLUSTER"
                }
            ],
            "obBackupScheduleConfig": {
                "dayAndDataBackupModelMap": {
                    "2": "FULL_BACKUP",
                    "4": "FULL_BACKUP",
                    "6": "FULL_BACKUP"
                },
                "startLogBackup": true,
                "backupScheduleMode": "WEEK",
                "backupScheduleTime": "02:00:00.000+08:00"
            },
            "obBackupServiceStorageConfig": {
                "configName": "nfs0907_1452",
                "obBackupStorageBaseInfo": {
                    "backupStorageType": "BACKUP_STORAGE_FILE",
                    "storageUrl": "/obbackup/"
                },
                "alarmStoragePercentageThreshold": 80
            }
        }
        """

    static let createResponse = """
        {"data":{"backupObjectOpsResultList":[{"beSuccessful":true,
           "obBackupObjectList":[{"backupDimension":"CLUSTER","clusterId":1000005}],"taskIdList":[3000041]}],
          "obBackupTaskType":"CREATE_BACKUP_STRATEGY"},
         "duration":51,"server":"a83ad33525","status":200,"successful":true,
         "timestamp":"2021-09-07T14:51:41.135+08:00","traceId":"5962f337662d4043"}
        """

    /// OCP's strategy read-back sample, reconstructed (the official sample is a copy of the clusters sample).
    static let strategy = """
        {"data":{"backupDimension":"CLUSTER","backupMode":"PHYSICAL_BACKUP","clusterId":1000005,"clusterName":"yc0820_17",
          "createTime":"2021-09-07T14:51:41.135+08:00","id":21,"obClusterId":5,
          "obBackupScheduleConfig":{"backupScheduleEnabled":true,"backupScheduleMode":"WEEK","backupScheduleTime":"02:00:00.000+08:00",
             "backupDataRetentionDays":7,"cleanEnabled":true,"cleanScheduleTime":"03:00:00.000+08:00",
             "dayAndDataBackupModelMap":{"2":"FULL_BACKUP","4":"FULL_BACKUP","6":"INCREMENTAL_BACKUP"},"startLogBackup":true},
          "obBackupServiceStorageConfig":{"alarmStoragePercentageThreshold":80,"configName":"nfs0907_1452",
             "obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/obbackup/"},"storageId":2000034},
          "obBackupThresholdConfig":{"dataBackupTimeoutMinutes":7,"logBackupDelaySeconds":300,"noSuccessfulDataBackupAlarmDays":2},
          "secondaryBackupEnabled":false,"serviceConfigName":"nfs0907_1452","type":"BACKUP",
          "updateTime":"2021-09-07T15:16:14.651+08:00"},
         "duration":30,"server":"a83ad33525","status":200,"successful":true,
         "timestamp":"2021-09-07T15:20:00.000+08:00","traceId":"0123456789abcdef"}
        """

    static let throttled = """
        {
          "duration": 0,
          "error": { "code": 0, "message": "Excessive number of requests. You have exceeded the request limit for the current throttling window." },
          "server": "a83ad33525",
          "status": 429,
          "successful": false,
          "timestamp": "2020-12-03T09:38:24.194+08:00",
          "traceId": ""
        }
        """

    static let strategyExists = """
        {"duration":3,"error":{"code":"BAK21001","message":"The cluster already has a backup policy."},"server":"a83ad33525",
         "status":409,"successful":false,"timestamp":"2021-09-07T14:51:41.135+08:00","traceId":"5962f337662d4043"}
        """

    static let info = """
        {
            "artifact": "ocp-server",
            "buildVersion": "2.5.0-SNAPSHOT",
            "buildJavaVersion": "1.8",
            "buildTime": "2020-11-29T05:43:31.644+08:00",
            "name": "ocp-server",
            "springBootVersion": "2.2.5.RELEASE",
            "group": "com.oceanbase"
        }
        """
}
