import ArgumentParser
import OCPSimulator

/// `--fixtures demo|hostile`.
extension FixtureSet: ExpressibleByArgument {}
