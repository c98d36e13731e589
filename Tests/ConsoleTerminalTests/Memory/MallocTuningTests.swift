import CMallocTuning
import Testing

/// The process-wide malloc setting the console's memory budget relies on.
@Suite struct MallocTuningTests {
    @Test func oneArenaIsSetBeforeMain() {
        #if canImport(Glibc)
            #expect(ocp_malloc_arena_limit() == 1, "the library's constructor limits glibc's malloc to one arena")
        #else
            #expect(ocp_malloc_arena_limit() == 0)
        #endif
    }
}
