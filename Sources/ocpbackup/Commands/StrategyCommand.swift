import ArgumentParser

/// `ocpbackup strategy …`: show, create, modify or delete a cluster's backup strategy.
struct StrategyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strategy", abstract: "Show, create, modify or delete a cluster's backup strategy.",
        subcommands: [
            StrategyShowCommand.self, StrategyCreateCommand.self, StrategyModifyCommand.self, StrategyDeleteCommand.self,
            StrategyDiffCommand.self,
        ]
    )
}
