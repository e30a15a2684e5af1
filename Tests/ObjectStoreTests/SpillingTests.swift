import Foundation
import Testing
@testable import ObjectStore

/// The memory budget: spilling least-recently-used objects, restoring them, refusing what cannot fit.
@Suite("Object store: memory budget and spilling")
struct SpillingTests {
    @Test("Over budget, the least recently used objects are spilled to files and read back exactly")
    func spillLeastRecentlyUsed() throws {
        let directory = temporaryPath()
        let store = ObjectStore(budget: 1000, spillDirectory: directory)
        defer { store.shutdown(); removeTemporary(directory) }
        var ids: [ObjectID] = []
        for index in 0..<3 {
            ids.append(try put(store, pattern(index, count: 300)))
        }
        #expect(!FileManager.default.fileExists(atPath: directory))
        _ = try store.copyPayload(ids[0], timeout: 0)  // the first is now more recent than the second
        ids.append(try put(store, pattern(3, count: 300)))
        ids.append(try put(store, pattern(4, count: 300)))

        #expect(ids.map { state(store, $0) } == [.inMemory, .spilled, .spilled, .inMemory, .inMemory])
        let statistics = store.statistics
        #expect(statistics.inMemoryBytes == 900)
        #expect(statistics.spilledBytes == 600)
        #expect(statistics.spilledTotal == 600)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files == ["\(ids[1]).obj", "\(ids[2]).obj"])

        for (index, id) in ids.enumerated().reversed() {
            #expect(try store.copyPayload(id, timeout: 0).bytes == pattern(index, count: 300))
            #expect(store.statistics.inMemoryBytes <= 1000)
        }
        #expect(!FileManager.default.fileExists(atPath: store.table.spillFiles.path(for: ids[1])))
        #expect(store.statistics.restoredTotal >= 600)
        #expect(store.statistics.objectCount == 5)
        #expect(store.memorySummary().contains("spilled"))
    }

    @Test("An object bigger than the budget is refused with Ray's message and nothing is stored")
    func tooBig() throws {
        let store = ObjectStore(budget: 1000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        _ = try put(store, pattern(0, count: 500))
        do {
            _ = try put(store, pattern(1, count: 5000))
            Issue.record("put of 5000 bytes into a budget of 1000 succeeded")
        } catch {
            guard case ObjectStoreError.full(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.hasPrefix("ObjectStoreFullError: cannot store object "))
            #expect(message.contains(" of 5.0 KB: the object store's budget is 1.0 KB (object_store_memory)"))
        }
        #expect(store.statistics.objectCount == 1)
        #expect(store.statistics.inMemoryBytes == 500)
        #expect(store.statistics.spilledTotal == 0)
    }

    @Test("Pinned objects are never spilled; a payload that needs their room is refused")
    func pinnedNotSpilled() throws {
        let directory = temporaryPath()
        let store = ObjectStore(budget: 10_000, spillDirectory: directory)
        defer { store.shutdown(); removeTemporary(directory) }
        let big = try put(store, pattern(9, count: 8000))
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let seen = Shared<[UInt8]>([])
        let done = onThread {
            _ = try? store.withPayloads([big], timeout: 10) { _, view, _ in
                entered.signal()
                release.wait()
                seen.update { $0 = Array(view) }
            }
        }
        entered.wait()
        do {
            _ = try put(store, pattern(1, count: 5000))
            Issue.record("put succeeded while the only spillable object was pinned")
        } catch {
            guard case ObjectStoreError.full(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains("of 5.0 KB: the object store's budget is 10.0 KB (object_store_memory), 8.0 KB of it held by objects in use that cannot be spilled"))
        }
        #expect(state(store, big) == .inMemory)
        let small = try put(store, pattern(2, count: 3000))  // under 4 KiB: admitted over budget
        #expect(store.statistics.inMemoryBytes == 11_000)
        #expect(state(store, big) == .inMemory)
        release.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(seen.value == pattern(9, count: 8000))

        let later = try put(store, pattern(1, count: 5000))
        #expect(state(store, big) == .spilled)
        #expect(store.statistics.inMemoryBytes <= 10_000)
        #expect(try store.copyPayload(big, timeout: 0).bytes == pattern(9, count: 8000))
        #expect(try store.copyPayload(small, timeout: 0).bytes == pattern(2, count: 3000))
        #expect(try store.copyPayload(later, timeout: 0).bytes == pattern(1, count: 5000))
    }

    @Test("A seal refused for lack of room leaves the object pending; a small error payload then fits")
    func sealFull() throws {
        let store = ObjectStore(budget: 1000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let pending = store.create(owner: "task")
        #expect {
            try seal(store, pending, pattern(0, count: 5000))
        } throws: { error in
            if case ObjectStoreError.full = error { return true }
            return false
        }
        #expect(!store.isReady(pending))
        #expect(store.statistics.inMemoryBytes == 0)
        try seal(store, pending, pattern(1, count: 2000), isError: true)
        let copy = try store.copyPayload(pending, timeout: 0)
        #expect(copy.isError && copy.bytes == pattern(1, count: 2000))
    }

    @Test("Restoring several spilled objects for one read keeps them all in memory together")
    func restoreSeveral() throws {
        let store = ObjectStore(budget: 12_000, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        var ids: [ObjectID] = []
        for index in 0..<4 {
            ids.append(try put(store, pattern(index, count: 5000)))
        }
        #expect(ids.map { state(store, $0) } == [.spilled, .spilled, .inMemory, .inMemory])
        let matches = try store.withPayloads([ids[0], ids[1]], timeout: 0) { index, view, _ in
            Array(view) == pattern(index, count: 5000)
        }
        #expect(matches == [true, true])
        #expect(ids.map { state(store, $0) } == [.inMemory, .inMemory, .spilled, .spilled])
        do {
            _ = try store.withPayloads(ids, timeout: 0) { _, _, _ in 0 }
            Issue.record("20 KB of pinned objects fit in a budget of 12 KB")
        } catch {
            guard case ObjectStoreError.full(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains("cannot restore spilled object"))
        }
        #expect(store.statistics.inMemoryBytes <= 12_000)
        for (index, id) in ids.enumerated() {
            #expect(try store.copyPayload(id, timeout: 0).bytes == pattern(index, count: 5000))
        }
    }

    @Test("Shutdown frees everything and deletes the spill files and the directories it created")
    func shutdownDeletesDirectory() throws {
        let root = temporaryPath("root")
        let directory = root + "/nested/spill"
        let store = ObjectStore(budget: 1000, spillDirectory: directory)
        defer { removeTemporary(root) }
        let pending = store.create(owner: "task")
        let called = Shared(false)
        store.onReady(pending) { called.update { $0 = true } }
        for index in 0..<4 {
            _ = try put(store, pattern(index, count: 400))
        }
        #expect(FileManager.default.fileExists(atPath: directory))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 2)
        store.shutdown()
        #expect(!FileManager.default.fileExists(atPath: root))
        #expect(called.value)
        #expect(store.statistics == StoreStatistics(
            objectCount: 0, inMemoryBytes: 0, spilledBytes: 0, spilledTotal: 800, restoredTotal: 0, budget: 1000))
    }

    @Test("Shutdown keeps a spill directory that existed before, emptied of the store's files")
    func shutdownKeepsExistingDirectory() throws {
        let directory = temporaryPath()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { removeTemporary(directory) }
        let store = ObjectStore(budget: 1000, spillDirectory: directory + "/")
        for index in 0..<4 {
            _ = try put(store, pattern(index, count: 400))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 2)
        store.shutdown()
        #expect(FileManager.default.fileExists(atPath: directory))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test("A spill directory that cannot be created gives spillFailed naming the path")
    func spillFailure() throws {
        let blocker = temporaryPath("file")
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: blocker).deletingLastPathComponent().path, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data([1])))
        defer { removeTemporary(blocker) }
        let store = ObjectStore(budget: 10_000, spillDirectory: blocker + "/spill")
        defer { store.shutdown() }
        let first = try put(store, pattern(0, count: 6000))
        do {
            _ = try put(store, pattern(1, count: 6000))
            Issue.record("spilling into a path under a file succeeded")
        } catch {
            guard case ObjectStoreError.spillFailed(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains(blocker))
        }
        #expect(state(store, first) == .inMemory)
        #expect(store.statistics.objectCount == 1)
        #expect(try store.copyPayload(first, timeout: 0).bytes == pattern(0, count: 6000))
    }
}
