import Foundation
import Testing
@testable import ObjectStore

/// Reference counts: freeing, nested references, seals of dropped objects.
@Suite("Object store: reference counting")
struct ReferenceCountTests {
    @Test("Dropping the last reference frees the object, in memory or spilled")
    func freeing() throws {
        let directory = temporaryPath()
        let store = ObjectStore(budget: 1000, spillDirectory: directory)
        defer { store.shutdown(); removeTemporary(directory) }
        let first = try put(store, pattern(1, count: 600))
        let second = try put(store, pattern(2, count: 600))
        #expect(state(store, first) == .spilled)
        let file = store.table.spillFiles.path(for: first)
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(store.statistics.objectCount == 2)

        store.addReference(first)
        store.removeReference(first)
        #expect(store.statistics.objectCount == 2)
        store.removeReference(first)
        #expect(store.statistics.objectCount == 1)
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(store.statistics.spilledBytes == 0)
        #expect(throws: ObjectStoreError.notFound(first)) { _ = try store.copyPayload(first, timeout: 0) }

        store.removeReference(second)
        #expect(store.statistics.objectCount == 0)
        #expect(store.statistics.inMemoryBytes == 0)
        store.removeReference(second)  // ignored
        #expect(store.statistics.objectCount == 0)
    }

    @Test("Nested ids stay alive while the outer object is stored, and are released with it")
    func nested() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let inner = try put(store, [1, 2])
        let middle = try put(store, [3], nested: [inner])
        let outer = try put(store, [4], nested: [middle, inner])
        #expect(references(store, inner) == 3)
        #expect(store.nestedReferences(outer) == [middle, inner])

        store.removeReference(inner)
        store.removeReference(middle)
        #expect(try store.copyPayload(inner, timeout: 0).bytes == [1, 2])
        #expect(references(store, inner) == 2)
        #expect(store.statistics.objectCount == 3)

        store.removeReference(outer)
        #expect(store.statistics.objectCount == 0)
        #expect(store.statistics.inMemoryBytes == 0)
    }

    @Test("Sealing after the last reference dropped discards the bytes and takes no nested references")
    func sealAfterDrop() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let inner = try put(store, [7])
        let pending = store.create(owner: "task")
        #expect(store.statistics.objectCount == 2)
        store.removeReference(pending)
        #expect(store.statistics.objectCount == 1)
        try seal(store, pending, pattern(0, count: 500), nested: [inner])
        #expect(store.statistics.objectCount == 1)
        #expect(store.statistics.inMemoryBytes == 1)
        #expect(references(store, inner) == 1)
        #expect(!store.isReady(pending))
    }

    @Test("A second seal (a retried task) is ignored")
    func sealTwice() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let inner = try put(store, [7])
        let pending = store.create(owner: "task")
        #expect(!store.isReady(pending))
        try seal(store, pending, [1, 2, 3], nested: [inner])
        try seal(store, pending, [4, 5], nested: [inner], isError: true)
        let copy = try store.copyPayload(pending, timeout: 0)
        #expect(copy.bytes == [1, 2, 3] && copy.isError == false)
        #expect(references(store, inner) == 2)
        #expect(store.statistics.inMemoryBytes == 4)
    }

    @Test("An object dropped while being read is freed when the reader finishes")
    func dropWhilePinned() throws {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: temporaryPath())
        defer { store.shutdown() }
        let id = try put(store, pattern(5, count: 100))
        let bytes = try store.withPayloads([id], timeout: 0) { _, view, _ in
            store.removeReference(id)
            #expect(store.statistics.objectCount == 0)
            #expect(store.statistics.inMemoryBytes == 100)
            return Array(view)
        }
        #expect(bytes == [pattern(5, count: 100)])
        #expect(store.statistics.inMemoryBytes == 0)
    }
}
