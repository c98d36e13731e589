// swift-tools-version: 6.2
import PackageDescription

/// Settings every target of ours shares: Swift 6 mode, explicit existentials, and no warnings.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "ocpbackup",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ocpbackup", targets: ["ocpbackup"]),
        .library(name: "OCPAPI", targets: ["OCPAPI"]),
        .library(name: "OCPSimulator", targets: ["OCPSimulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "Localization",
            swiftSettings: strictSettings
        ),
        .target(
            name: "OCPAPI",
            dependencies: [
                "Localization",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "OCPSimulator",
            dependencies: [
                "OCPAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ConsoleCore",
            dependencies: ["OCPAPI", "Localization"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ocpbackup",
            dependencies: [
                "OCPAPI",
                "OCPSimulator",
                "ConsoleCore",
                "ConsoleUI",
                "Localization",
                "ConsoleTerminal",
                "CMallocTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "CTerminalSafety", path: "Sources/CTerminalSafety"),
        .target(name: "CMallocTuning", path: "Sources/CMallocTuning"),
        .target(
            name: "ConsoleUI",
            dependencies: ["ConsoleCore", "OCPAPI", "Localization"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ConsoleTerminal",
            dependencies: [
                "ConsoleUI", "CNCursesW", "CTerminalSafety",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ocpbackup-terminal-probe",
            dependencies: ["ConsoleTerminal", "ConsoleUI"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ocpbackup-bench",
            dependencies: ["OCPAPI", "OCPSimulator", "ConsoleCore", "ConsoleUI", "ConsoleTerminal"],
            path: "Benchmarks/ocpbackup-bench",
            swiftSettings: strictSettings
        ),
        .target(
            name: "TestSupport",
            dependencies: ["OCPAPI", "ConsoleCore", "Localization"],
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OCPAPITests",
            dependencies: ["TestSupport", "OCPAPI", "OCPSimulator"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OCPSimulatorTests",
            dependencies: [
                "TestSupport",
                "OCPAPI", "OCPSimulator",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ConsoleCoreTests",
            dependencies: ["Localization", "TestSupport", "ConsoleCore", "OCPAPI", "OCPSimulator"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CommandTests",
            dependencies: ["Localization", "TestSupport", "ocpbackup", "OCPSimulator", "OCPAPI", "ConsoleUI"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ConsoleEndToEndTests",
            dependencies: ["Localization", "TestSupport", "ocpbackup", "OCPSimulator", "OCPAPI", "ConsoleUI", "ConsoleCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ConsoleUITests",
            dependencies: ["Localization", "TestSupport", "ConsoleUI", "ConsoleCore", "OCPAPI", "OCPSimulator"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ConsoleTerminalTests",
            dependencies: ["TestSupport", "ConsoleTerminal", "ConsoleUI", "ConsoleCore", "OCPAPI", "CMallocTuning"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
