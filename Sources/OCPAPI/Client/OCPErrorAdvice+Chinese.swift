import Localization

extension OCPAPIError {
    /// What the person should do next, in `language` (``nextStep`` is the English).
    public func nextStep(in language: Language) -> String {
        language == .english ? nextStep : Self.chineseNextStep(kind: kind, code: code, httpStatus: httpStatus)
    }

    /// The Chinese advice for an error of `kind` with OCP's `code` and HTTP status.
    public static func chineseNextStep(kind: Kind, code: String?, httpStatus: Int?) -> String {
        switch kind {
        case .authentication:
            "请检查用户名和密码或 AccessKey；使用 AccessKey 时还要确认本机时钟与 OCP 相差不超过 15 分钟（ocpbackup doctor）。"
        case .connection: "请检查 OCP 地址，以及从这里能否访问该服务器；没有发送任何内容。"
        case .tls:
            "请用 --cacert FILE（PEM）信任为 OCP 证书签名的 CA；只有在接受风险时才用 --insecure 跳过校验。没有发送任何内容。"
        case .timeout: "服务器没有及时回应；请重试，或调大 --timeout。"
        case .outcomeUnknown: "修改可能已生效，也可能没有。重试之前请重新读取备份策略（ocpbackup strategy show）。"
        case .decoding: "回应不是本工具预期的 OCP 响应；请检查地址是否指向 OCP 的 API。"
        case .invalidRequest: "请更正输入后重新运行命令；没有发送任何内容。"
        case .cancelled: "请求已取消。"
        case .ocp: OCPErrorAdvice.chineseNextStep(code: code, httpStatus: httpStatus)
        }
    }
}

extension OCPErrorAdvice {
    /// The Chinese of ``nextStep(code:httpStatus:)``.
    static func chineseNextStep(code: String?, httpStatus: Int?) -> String {
        switch code {
        case "BAK21001": return "该集群已有备份策略：请修改（strategy modify）或先删除。"
        case "BAK21006": return "该集群没有备份策略：请新建（strategy create）。"
        case "BAK21016": return "与当前备份策略没有任何不同；修改前请先更改一个字段。"
        case "BAK21007": return "时间请写成 HH:mm:ss.SSS±HH:MM，例如 02:00:00.000+08:00。"
        case "BAK21008": return "请使用集群支持的备份方式（ocpbackup ability CLUSTER）。"
        case "BAK10004": return "存储配置名称须以字母开头，其后为 2–32 个字母、数字或下划线。"
        case "BAK29019", "BAK29020", "BAK29021": return "请提供对象存储的 Endpoint、AccessKey ID 和 Secret。"
        case "OBE11001", "COM10002": return "请检查集群 ID 或名称（ocpbackup clusters）。"
        case "TSK10001": return "没有此 ID 的任务：用 ocpbackup tasks CLUSTER --kind instances 列出集群的 OCP 任务 ID。"
        case "TSK10007": return "只有失败的任务才能重试；用 ocpbackup task show TASK 查看它停在哪里。"
        case "BAK31005": return "该集群已有数据备份正在运行：请跟随它（ocpbackup tasks CLUSTER --kind instances --status running），不要再开始另一个。"
        case "BAK31001": return "集群未运行，无法备份；请先在 OCP 中启动它。"
        case "BAK40002": return "备集群不做备份；请备份其主集群。"
        case "OBE21003": return "请检查租户名称（ocpbackup tenants CLUSTER）。"
        default: break
        }
        switch httpStatus {
        case 400: return "请按消息更正请求后重试。"
        case 403: return "你的 OCP 用户没有此权限；请联系 OCP 管理员。"
        case 404: return "请检查集群 ID 或名称（ocpbackup clusters）以及 OCP 地址。"
        case 409: return "集群当前的状态与此修改冲突；请重新读取后重试。"
        case 429: return "OCP 正在限流；请稍候重试。"
        case .some(500...): return "OCP 内部出错；请稍后重试，并把 traceId 交给 OCP 管理员。"
        default: return "请按消息更正请求，或把 traceId 交给 OCP 管理员。"
        }
    }
}
