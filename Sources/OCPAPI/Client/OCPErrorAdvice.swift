/// What to do next for the OCP error codes the backup operations return.
enum OCPErrorAdvice {
    static func nextStep(code: String?, httpStatus: Int?) -> String {
        switch code {
        case "BAK21001": return "The cluster already has a strategy: modify it (strategy modify) or delete it first."
        case "BAK21006": return "The cluster has no strategy: create one (strategy create)."
        case "BAK21016": return "Nothing differs from the current strategy; change a field before modifying."
        case "BAK21007": return "Write times as HH:mm:ss.SSS±HH:MM, for example 02:00:00.000+08:00."
        case "BAK21008": return "Use the backup mode the cluster supports (ocpbackup ability CLUSTER)."
        case "BAK10004": return "Name the storage configuration with a letter first, then 2–32 letters, digits or underscores."
        case "BAK29019", "BAK29020", "BAK29021": return "Give the object storage endpoint, AccessKey id and secret."
        case "OBE11001", "COM10002": return "Check the cluster id or name (ocpbackup clusters)."
        case "TSK10001": return "No task has this id: list a cluster's OCP task ids with ocpbackup tasks CLUSTER --kind instances."
        case "TSK10007": return "Only a failed task can be retried; see where it is with ocpbackup task show TASK."
        case "BAK31005":
            return
                "A data backup already runs on the cluster: follow it (ocpbackup tasks CLUSTER --kind instances --status running) instead of starting another."
        case "BAK31001": return "The cluster is not running, so it cannot be backed up; start it in OCP first."
        case "BAK40002": return "A standby cluster is not backed up; back up its primary."
        case "OBE21003": return "Check the tenant's name (ocpbackup tenants CLUSTER)."
        default: break
        }
        switch httpStatus {
        case 400: return "Correct the request as the message says and try again."
        case 403: return "Your OCP user lacks the permission for this; ask an OCP administrator."
        case 404: return "Check the cluster id or name (ocpbackup clusters) and the OCP URL."
        case 409: return "The cluster is in a state that conflicts with this change; read it again and retry."
        case 429: return "OCP is throttling requests; wait a moment and retry."
        case .some(500...): return "OCP failed internally; retry later and give the traceId to the OCP administrator."
        default: return "Correct the request as the message says, or give the traceId to the OCP administrator."
        }
    }
}
