import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct ClusterListLoadingTests {
    let alpha = Fixtures.cluster(1, "alpha")
    let bravo = Fixtures.cluster(2, "Bravo", version: "3.1.4")
    let charlie = Fixtures.cluster(3, "charlie", status: .stopped)

    @Test func pagesShowAsTheyArriveSortedByName() async {
        let world = FakeWorld(.init(pages: [[charlie, alpha], [bravo]]))
        let store = world.store()
        await store.send(.start) {
            $0.list.generation = 1
            $0.list.load = .loading(pages: 0)
        }
        await store.receive(.list(.pageLoaded(generation: 1, clusters: [charlie, alpha].map(ClusterSummary.init)))) {
            $0.list.receive(page: [self.charlie, self.alpha], generation: 1)
        }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "charlie"])
        #expect(store.state.list.selectedId == 1)
        await store.receive(.list(.pageLoaded(generation: 1, clusters: [bravo].map(ClusterSummary.init)))) {
            $0.list.receive(page: [self.bravo], generation: 1)
        }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "Bravo", "charlie"])
        await store.receive(.list(.loadFinished(generation: 1, .success(3)))) {
            $0.list.load = .loaded(total: 3)
        }
        store.finish()
    }

    @Test func aFailedRefreshKeepsTheLastGoodRowsAndSaysWhy() async {
        let world = FakeWorld(.init(pages: [[alpha, bravo]]))
        let store = world.store()
        await store.send(.start) {
            $0.list.generation = 1
            $0.list.load = .loading(pages: 0)
        }
        await store.receive(.list(.pageLoaded(generation: 1, clusters: [alpha, bravo].map(ClusterSummary.init)))) {
            $0.list.receive(page: [self.alpha, self.bravo], generation: 1)
        }
        await store.receive(.list(.loadFinished(generation: 1, .success(2)))) { $0.list.load = .loaded(total: 2) }
        let failure = OCPAPIError(kind: .ocp, httpStatus: 500, code: "COM00001", message: "boom\u{1B}[2J", traceId: "t-42")
        world.set {
            $0.pages = [[self.charlie]]
            $0.listError = failure
        }
        await store.send(.refresh) {
            $0.list.generation = 2
            $0.list.isRefreshing = true
            $0.list.load = .loading(pages: 0)
        }
        await store.receive(.list(.pageLoaded(generation: 2, clusters: [charlie].map(ClusterSummary.init)))) {
            $0.list.load = .loading(pages: 1)
            $0.list.incoming = [self.charlie].map(ClusterSummary.init)
        }
        await store.receive(.list(.loadFinished(generation: 2, .failure(ErrorInfo(failure))))) {
            $0.list.load = .failed
            $0.list.error = ErrorInfo(failure)
            $0.list.incoming = []
            $0.list.isRefreshing = false
        }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "Bravo"])
        #expect(store.state.list.error?.summary == "COM00001 (HTTP 500): boom\u{FFFD}[2J [traceId t-42]")
        store.finish()
    }

    @Test func aRefreshReplacesRowsAtTheEndAndKeepsTheSelection() async {
        let world = FakeWorld(.init(pages: [[alpha, bravo, charlie]]))
        let store = world.store()
        await store.send(.start) {
            $0.list.generation = 1
            $0.list.load = .loading(pages: 0)
        }
        await store.receive(.list(.pageLoaded(generation: 1, clusters: [alpha, bravo, charlie].map(ClusterSummary.init)))) {
            $0.list.receive(page: [self.alpha, self.bravo, self.charlie], generation: 1)
        }
        await store.receive(.list(.loadFinished(generation: 1, .success(3)))) { $0.list.load = .loaded(total: 3) }
        await store.send(.list(.moveDown)) {
            $0.list.cursor = 1
            $0.list.selectedId = 2
        }
        let aaron = Fixtures.cluster(9, "aaron")
        world.set { $0.pages = [[self.charlie, aaron], [self.bravo]] }
        await store.send(.refresh) {
            $0.list.generation = 2
            $0.list.isRefreshing = true
            $0.list.load = .loading(pages: 0)
        }
        await store.receive(.list(.pageLoaded(generation: 2, clusters: [charlie, aaron].map(ClusterSummary.init)))) {
            $0.list.load = .loading(pages: 1)
            $0.list.incoming = [self.charlie, aaron].map(ClusterSummary.init)
        }
        await store.receive(.list(.pageLoaded(generation: 2, clusters: [bravo].map(ClusterSummary.init)))) {
            $0.list.load = .loading(pages: 2)
            $0.list.incoming = [self.charlie, aaron, self.bravo].map(ClusterSummary.init)
        }
        await store.receive(.list(.loadFinished(generation: 2, .success(3)))) {
            $0.list.finish(.success(3), generation: 2)
        }
        #expect(store.state.list.visibleRows.map(\.name) == ["aaron", "Bravo", "charlie"])
        #expect(store.state.list.selectedId == 2)
        #expect(store.state.list.cursor == 1)
        store.finish()
    }

    @Test func aRefreshThatFindsNoClustersWhileFilteredEmptiesTheList() {
        var list = ClusterListState()
        list.merge([alpha, bravo, charlie])
        list.appendFilter("a")
        #expect(list.visibleCount == 3)
        _ = list.beginLoad()
        list.finish(.success(0), generation: list.generation)
        #expect(list.rows.isEmpty)
        #expect(list.visibleCount == 0)
        #expect(list.visibleRows.isEmpty)
        #expect(list.cursor == 0)
        #expect(list.filterText == "a", "the filter stays for the next load")
        list.receive(page: [charlie], generation: list.beginLoad())
        #expect(list.visibleRows.map(\.name) == ["charlie"])
    }

    @Test func pagesOfAnOlderLoadAreIgnored() {
        var list = ClusterListState()
        let first = list.beginLoad()
        _ = list.beginLoad()
        list.receive(page: [alpha], generation: first)
        list.finish(.success(1), generation: first)
        #expect(list.visibleCount == 0)
        #expect(list.load == .loading(pages: 0))
    }

    @Test func serverStringsAreSanitizedForTheScreen() {
        let row = ClusterRow(Fixtures.cluster(5, "evil\u{1B}]0;title\u{07}\u{202E}", version: "4.2\r1"))
        #expect(row.name == "evil\u{FFFD}]0;title\u{FFFD}\u{FFFD}")
        #expect(row.version == "4.2\u{FFFD}1")
    }
}
